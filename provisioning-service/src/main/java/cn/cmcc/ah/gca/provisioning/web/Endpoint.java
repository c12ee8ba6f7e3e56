package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.provisioning.command.ProvisioningStep;
import cn.cmcc.ah.gca.support.web.StepEndpoint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The in-sale step an endpoint takes: who may call it and the article, from {@link ProvisioningStep}. */
@StepEndpoint
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Endpoint {

    ProvisioningStep value();
}
