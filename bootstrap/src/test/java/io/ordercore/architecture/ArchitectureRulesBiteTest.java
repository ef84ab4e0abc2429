package io.ordercore.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule, run against fixture classes that break it on purpose, must report the
 * breaking class: a rule that cannot fail protects nothing.
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURE = "io.ordercore.archfixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
    }

    static Stream<Arguments> rulesAndTheirViolators() {
        return Stream.of(
                Arguments.of(ArchitectureRules.domainDependsOnTheJdkOnly(FIXTURE), "ImpureOrder"),
                Arguments.of(ArchitectureRules.coreUsesNoFramework(FIXTURE), "ImpureOrder"),
                Arguments.of(ArchitectureRules.applicationDependsOnDomainAndTheJdkOnly(FIXTURE), "LeakyService"),
                Arguments.of(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURE), "FixtureController"),
                Arguments.of(ArchitectureRules.onlyBootstrapDependsOnAdapters(FIXTURE), "LeakyService"),
                Arguments.of(ArchitectureRules.nothingDependsOnBootstrap(FIXTURE), "FixtureRepository"),
                Arguments.of(ArchitectureRules.domainIsFreeOfCycles(FIXTURE), "First"),
                Arguments.of(ArchitectureRules.onion(FIXTURE), "LeakyService"),
                Arguments.of(ArchitectureRules.useCaseServicesArePackagePrivate(FIXTURE), "LeakyService"),
                Arguments.of(ArchitectureRules.noHiddenClocks(FIXTURE), "HiddenClock"),
                Arguments.of(ArchitectureRules.noFieldInjection(), "BadHabits"),
                Arguments.of(ArchitectureRules.noGenericExceptions(), "BadHabits"),
                Arguments.of(ArchitectureRules.noStandardStreamsOutsideMain(FIXTURE), "BadHabits"));
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("rulesAndTheirViolators")
    void theRuleReportsItsViolator(ArchRule rule, String violator) {
        EvaluationResult result = rule.evaluate(fixtures);

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(violator));
    }
}
