package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.fault.command.FaultStep;
import cn.cmcc.ah.gca.support.web.StepEndpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The fault step an endpoint takes: who may call it and the article, from {@link FaultStep}. */
@StepEndpoint
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Endpoint {

    FaultStep value();
}
