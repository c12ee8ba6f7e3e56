package cn.cmcc.ah.gca.support.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules every service checks about itself: aggregates stay free of Spring, servlet and web types, the
 * layers point one way (web → query → command, never back), and no service imports another (they talk only through
 * events on Kafka).
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("presale", "provisioning", "fault", "decommission", "sla");

    private ArchitectureRules() {
    }

    public static void check(String service) {
        String base = "cn.cmcc.ah.gca." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);

        classes().that().areAnnotatedWith(Aggregate.class)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "cn.cmcc.ah.gca.events..", "cn.cmcc.ah.gca.support.domain..",
                        "org.axonframework.commandhandling..", "org.axonframework.eventsourcing..",
                        "org.axonframework.modelling..", "org.axonframework.spring.stereotype..",
                        base + ".command..")
                .because("aggregates hold the rules of the workflow and must not depend on Spring or the web layer")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideInAPackage(base + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".query..", base + ".web..")
                .because("the write side must not know how its events are viewed or served; views follow from events")
                .allowEmptyShould(true)
                .check(classes);

        noClasses().that().resideInAPackage(base + ".query..")
                .should().dependOnClassesThat().resideInAPackage(base + ".web..")
                .because("API objects are not storage objects: the web layer maps views, views never know the API")
                .allowEmptyShould(true)
                .check(classes);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().should().dependOnClassesThat().resideInAPackage("cn.cmcc.ah.gca." + other + "..")
                        .because("services talk to each other only through events on Kafka")
                        .check(classes);
            }
        }
    }
}
