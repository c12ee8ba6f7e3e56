package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.presale.command.PresaleStep;
import cn.cmcc.ah.gca.support.web.StepEndpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The pre-sale step an endpoint takes: who may call it and the article, from {@link PresaleStep}. */
@StepEndpoint
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Endpoint {

    PresaleStep value();
}
