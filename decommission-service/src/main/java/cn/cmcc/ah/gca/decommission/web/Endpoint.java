package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.command.DecommissionStep;
import cn.cmcc.ah.gca.support.web.StepEndpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The form 5 step an endpoint takes: who may call it and the article, from {@link DecommissionStep}. */
@StepEndpoint
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Endpoint {

    DecommissionStep value();
}
