package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.sla.command.SlaStep;
import cn.cmcc.ah.gca.support.web.StepEndpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The SLA-monitor step an endpoint takes: who may call it and the article, from {@link SlaStep}. */
@StepEndpoint
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Endpoint {

    SlaStep value();
}
