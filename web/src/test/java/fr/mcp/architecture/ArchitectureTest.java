package fr.mcp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * The boundaries of the bounded contexts, checked on the compiled classes of the EJB and web modules. Each context
 * ({@code fr.mcp.<context>}) has its {@code domain} (entities with their behaviour), its {@code application} (what other
 * contexts and the web may call), {@code application.internal} (its helpers) and {@code infrastructure} (queues, mail,
 * feeds). The rules name no context: a new one is covered from its first class.
 */
@AnalyzeClasses(packages = "fr.mcp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainDependsOnNoApplicationInfrastructureOrWebCode = noClasses()
            .that()
            .resideInAPackage("fr.mcp.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fr.mcp.*.application..", "fr.mcp.*.infrastructure..", "fr.mcp.web..")
            .because("entities carry the business rules and call nothing above them");

    @ArchTest
    static final ArchRule theWebUsesNoInternalHelperOfAContext = noClasses()
            .that()
            .resideInAPackage("fr.mcp.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fr.mcp.*.application.internal..", "fr.mcp.*.infrastructure..")
            .because("the web calls a context through its application services, commands and records only");

    /**
     * Entities stay behind the application services. The pages and resources that still read entities when the rule came
     * in are listed in {@code archunit_store} (to be turned into records, see the speed issue): a new one fails.
     */
    @ArchTest
    static final ArchRule theWebUsesNoEntity = FreezingArchRule.freeze(noClasses()
            .that()
            .resideInAPackage("fr.mcp.web..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class)
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(Embeddable.class)
            .orShould()
            .dependOnClassesThat()
            .areAnnotatedWith(MappedSuperclass.class)
            .because("an entity read outside its transaction is a detached copy the page could change or lazily load"));

    @ArchTest
    static final ArchRule noContextReachesIntoAnotherContextsInternals = classes()
            .should(onlyUseTheInternalsOfTheirOwnContext())
            .because(
                    "a context's helpers and infrastructure change without notice; other contexts call its application package");

    @ArchTest
    static final ArchRule theContextsFormNoCycle = slices().matching("fr.mcp.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a context depends on those below it only, so that each can be read and changed on its own");

    @ArchTest
    static final ArchRule theRestApiUsesNoFacesBean = noClasses()
            .that()
            .resideInAPackage("fr.mcp.web.api..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "Faces beans of a web.<context> package",
                    (JavaClass target) -> target.getPackageName().startsWith("fr.mcp.web.")
                            && !target.getPackageName().startsWith("fr.mcp.web.api")
                            && !target.getPackageName().startsWith("fr.mcp.web.security")
                            && !target.getPackageName().startsWith("fr.mcp.web.shell")
                            && !target.getPackageName().startsWith("fr.mcp.web.documents")))
            .because("the API and the pages both call the application services; neither goes through the other");

    private static ArchCondition<JavaClass> onlyUseTheInternalsOfTheirOwnContext() {
        return new ArchCondition<>(
                "only use the application.internal and infrastructure packages of their own context") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String targetPackage = target.getPackageName();
                    boolean hidden = targetPackage.contains(".application.internal")
                            || targetPackage.contains(".infrastructure");
                    if (hidden
                            && targetPackage.startsWith("fr.mcp.")
                            && !context(targetPackage).equals(context(origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code fr.mcp.<context>...} gives {@code <context>}. */
    private static String context(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : packageName;
    }
}
