package io.ordercore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The architecture of ordercore as rules over a base package, so that each rule can also be run
 * against a fixture tree that breaks it on purpose (see ArchitectureRulesBiteTest).
 */
final class ArchitectureRules {

    /** Frameworks and libraries the core must never see. */
    static final String[] FORBIDDEN_IN_CORE = {
            "io.micronaut..", "jakarta..", "javax..", "java.sql..", "com.fasterxml..", "org.mapstruct..",
            "picocli..", "org.flywaydb..", "com.google.i18n..", "org.apache.."};

    static final List<String> ADAPTERS = List.of("web", "persistence", "payment", "cli");

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnTheJdkOnly(String base) {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat(resideIn(base + ".domain..").or(jdkExceptSql()))
                .as("domain depends on the JDK only (no framework, SQL, JSON or mapping library)");
    }

    static ArchRule applicationDependsOnDomainAndTheJdkOnly(String base) {
        return classes().that().resideInAPackage(base + ".application..")
                .should().onlyDependOnClassesThat(resideIn(base + ".application..").or(resideIn(base + ".domain.."))
                        .or(jdkExceptSql()))
                .as("application depends on domain and the JDK only");
    }

    static ArchRule coreUsesNoFramework(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN_IN_CORE)
                .as("domain and application use no framework or library");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String base) {
        return slices().matching(base + ".adapter.(*)..").should().notDependOnEachOther()
                .as("adapters never depend on each other");
    }

    static ArchRule onlyBootstrapDependsOnAdapters(String base) {
        return noClasses().that().resideOutsideOfPackages(base + ".adapter..", base + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(base + ".adapter..")
                .as("only bootstrap depends on adapters");
    }

    static ArchRule nothingDependsOnBootstrap(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(base + ".bootstrap..")
                .as("nothing depends on bootstrap, the composition root");
    }

    static ArchRule domainIsFreeOfCycles(String base) {
        return slices().matching(base + ".domain.(*)..").should().beFreeOfCycles()
                .as("no package cycles inside domain");
    }

    static ArchRule onion(String base) {
        var rule = onionArchitecture()
                .domainModels(base + ".domain..")
                .applicationServices(base + ".application..");
        for (String adapter : ADAPTERS) {
            rule = rule.adapter(adapter, base + ".adapter." + adapter + "..");
        }
        // bootstrap is the composition root: it may see every layer, and no layer sees it (own rule).
        return rule.withOptionalLayers(true)
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(base + ".bootstrap.."), DescribedPredicate.alwaysTrue())
                .as("onion: domain <- application <- adapters");
    }

    static ArchRule useCaseServicesArePackagePrivate(String base) {
        return classes().that().resideInAPackage(base + ".application.service..")
                .and().haveSimpleNameEndingWith("Service")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .as("use-case services are package-private; the Ordercore facade is the way in");
    }

    static ArchRule noHiddenClocks(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .as("no hidden clocks in the core: time comes from an injected Clock");
    }

    static ArchRule noFieldInjection() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
    }

    static ArchRule noGenericExceptions() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
    }

    static ArchRule noStandardStreamsOutsideMain(String base) {
        return noClasses().that().doNotHaveFullyQualifiedName(base + ".bootstrap.Main")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .as("no System.out/err except the executable's main (CLI output goes through picocli's writers)");
    }

    private static DescribedPredicate<JavaClass> resideIn(String packageIdentifier) {
        return JavaClass.Predicates.resideInAPackage(packageIdentifier);
    }

    private static DescribedPredicate<JavaClass> jdkExceptSql() {
        return JavaClass.Predicates.resideInAPackage("java..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("java.sql..")))
                .as("the JDK (java.*, without java.sql)");
    }
}
