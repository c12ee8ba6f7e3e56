package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.decommission.lines.LinesStep;
import cn.cmcc.ah.gca.support.web.StepEndpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The lines step an endpoint takes: who may call it and the article, from {@link LinesStep}. */
@StepEndpoint
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface LinesEndpoint {

    LinesStep value();
}
