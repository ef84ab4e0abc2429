package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallExample;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.Talent;
import io.ordercore.domain.shared.FieldError;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OperatorGender;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Creating and editing catalog elements, with every field rule; freezing and deleting are in CatalogLifecycleTest. */
class ManageCatalogTest {

    private final InMemoryCore memory = new InMemoryCore(MutableClock.atDefaultNow());
    private final ManageCatalogUseCase manage = memory.core.manageCatalog();
    private final Caller admin = memory.admin();
    private Category greetings;
    private Talent deepVoice;

    @BeforeEach
    void seed() {
        greetings = manage.createCategory(admin, "Greetings");
        deepVoice = manage.createTalent(admin, "Deep voice", true);
    }

    private CallTypeForm validType() {
        return new CallTypeForm(greetings.id().value(), "Birthday greeting", 500L, "A warm call", "female",
                List.of(deepVoice.id().value()), "https://cdn.example.com/birthday.png");
    }

    private static ValidationException refusal(Runnable action) {
        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class, action::run);
        assertThat(e).as("expected a validation failure").isNotNull();
        return e;
    }

    @Test
    void a_category_name_is_trimmed_and_checked() {
        assertThat(manage.createCategory(admin, "  Apologies ").name()).isEqualTo("Apologies");
        assertThat(refusal(() -> manage.createCategory(admin, " ")).errors())
                .extracting("field", "code").containsExactly(tuple("name", "REQUIRED"));
        assertThat(refusal(() -> manage.createCategory(admin, "x".repeat(256))).errors())
                .extracting("field", "code").containsExactly(tuple("name", "TOO_LONG"));
        assertThat(manage.createCategory(admin, "x".repeat(255)).name()).hasSize(255);
    }

    @Test
    void renaming_keeps_the_frozen_flag() {
        manage.setFrozen(admin, CatalogElement.CATEGORY, greetings.id().value(), true);

        Category renamed = manage.renameCategory(admin, greetings.id(), "Congratulations");

        assertThat(renamed.frozen()).isTrue();
        assertThat(memory.catalog.category(greetings.id())).contains(renamed);
        assertThatThrownBy(() -> manage.renameCategory(admin, new io.ordercore.domain.catalog.CategoryId(99), "X"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.renameCategory(admin, greetings.id(), "")).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_call_type_takes_every_field_of_its_form() {
        CallType type = manage.createCallType(admin, validType());

        assertThat(type.categoryId()).isEqualTo(greetings.id());
        assertThat(type.name()).isEqualTo("Birthday greeting");
        assertThat(type.price()).isEqualTo(Money.roubles(500));
        assertThat(type.description()).contains("A warm call");
        assertThat(type.requiredGender()).isEqualTo(OperatorGender.FEMALE);
        assertThat(type.talents()).containsExactly(deepVoice.id());
        assertThat(type.imageUrl()).contains("https://cdn.example.com/birthday.png");
        assertThat(type.frozen()).isFalse();
        assertThat(memory.catalog.callType(type.id())).contains(type);
    }

    @Test
    void optional_call_type_fields_default_sensibly() {
        CallType type = manage.createCallType(admin, new CallTypeForm(greetings.id().value(), "Plain", 1L, " ", null, null, ""));

        assertThat(type.description()).isEmpty();
        assertThat(type.requiredGender()).isEqualTo(OperatorGender.ANY);
        assertThat(type.talents()).isEmpty();
        assertThat(type.imageUrl()).isEmpty();
    }

    @Test
    void an_empty_call_type_form_reports_every_required_field() {
        ValidationException e = refusal(() -> manage.createCallType(admin, new CallTypeForm(null, null, null, null, null, null, null)));

        assertThat(e.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("categoryId", "REQUIRED"), tuple("name", "REQUIRED"), tuple("priceRoubles", "REQUIRED"));
        assertThat(memory.catalog.callTypes(Optional.empty())).isEmpty();
    }

    static Stream<Arguments> invalidCallTypeFields() {
        return Stream.<Arguments>of(
                arguments("categoryId", "UNKNOWN_CATEGORY", (UnaryOperator<CallTypeForm>) f -> withCategory(f, 999L)),
                arguments("categoryId", "UNKNOWN_CATEGORY", (UnaryOperator<CallTypeForm>) f -> withCategory(f, 0L)),
                arguments("categoryId", "UNKNOWN_CATEGORY", (UnaryOperator<CallTypeForm>) f -> withCategory(f, -1L)),
                arguments("name", "TOO_LONG", (UnaryOperator<CallTypeForm>) f -> new CallTypeForm(f.categoryId(),
                        "n".repeat(256), f.priceRoubles(), f.description(), f.requiredGender(), f.talentIds(), f.imageUrl())),
                arguments("priceRoubles", "INVALID_PRICE", (UnaryOperator<CallTypeForm>) f -> withPrice(f, 0L)),
                arguments("priceRoubles", "INVALID_PRICE", (UnaryOperator<CallTypeForm>) f -> withPrice(f, -500L)),
                arguments("priceRoubles", "INVALID_PRICE", (UnaryOperator<CallTypeForm>) f -> withPrice(f, 10_000_001L)),
                arguments("description", "TOO_LONG", (UnaryOperator<CallTypeForm>) f -> new CallTypeForm(f.categoryId(),
                        f.name(), f.priceRoubles(), "d".repeat(4001), f.requiredGender(), f.talentIds(), f.imageUrl())),
                arguments("requiredGender", "INVALID_CHOICE", (UnaryOperator<CallTypeForm>) f -> new CallTypeForm(
                        f.categoryId(), f.name(), f.priceRoubles(), f.description(), "robot", f.talentIds(), f.imageUrl())),
                arguments("talentIds", "UNKNOWN_TALENT", (UnaryOperator<CallTypeForm>) f -> withTalents(f, List.of(999L))),
                arguments("talentIds", "UNKNOWN_TALENT", (UnaryOperator<CallTypeForm>) f -> withTalents(f, List.of(0L))),
                arguments("talentIds", "UNKNOWN_TALENT", (UnaryOperator<CallTypeForm>) f -> withTalents(f, Arrays.asList((Long) null))),
                arguments("imageUrl", "INVALID_URL", (UnaryOperator<CallTypeForm>) f -> withImage(f, "ftp://cdn.example.com/a.png")),
                arguments("imageUrl", "INVALID_URL", (UnaryOperator<CallTypeForm>) f -> withImage(f, "not a url")),
                arguments("imageUrl", "INVALID_URL", (UnaryOperator<CallTypeForm>) f -> withImage(f, "https:///no-host")),
                arguments("imageUrl", "INVALID_URL", (UnaryOperator<CallTypeForm>) f -> withImage(f, "javascript:alert(1)")),
                arguments("imageUrl", "INVALID_URL", (UnaryOperator<CallTypeForm>) f ->
                        withImage(f, "https://example.com/" + "a".repeat(2000))));
    }

    @ParameterizedTest(name = "{0} {1} #{index}")
    @MethodSource("invalidCallTypeFields")
    void each_call_type_field_rule_reports_its_own_field(String field, String code, UnaryOperator<CallTypeForm> change) {
        ValidationException e = refusal(() -> manage.createCallType(admin, change.apply(validType())));

        assertThat(e.errors()).extracting("field", "code").containsExactly(tuple(field, code));
        assertThat(memory.catalog.callTypes(Optional.empty())).isEmpty();
    }

    @Test
    void updating_a_call_type_keeps_its_id_and_frozen_flag() {
        CallType type = manage.createCallType(admin, validType());
        manage.setFrozen(admin, CatalogElement.CALL_TYPE, type.id().value(), true);
        Category other = manage.createCategory(admin, "Other");

        CallType updated = manage.updateCallType(admin, type.id(), new CallTypeForm(other.id().value(), "Renamed", 700L, null,
                "male", List.of(), null));

        assertThat(updated.id()).isEqualTo(type.id());
        assertThat(updated.frozen()).isTrue();
        assertThat(updated.categoryId()).isEqualTo(other.id());
        assertThat(updated.price()).isEqualTo(Money.roubles(700));
        assertThat(updated.requiredGender()).isEqualTo(OperatorGender.MALE);
        assertThat(memory.catalog.callType(type.id())).contains(updated);
        assertThat(memory.catalog.callTypes(Optional.empty())).hasSize(1);
    }

    @Test
    void an_invalid_update_changes_nothing_and_an_unknown_type_is_not_found() {
        CallType type = manage.createCallType(admin, validType());

        assertThatThrownBy(() -> manage.updateCallType(admin, type.id(), withPrice(validType(), 0L)))
                .isInstanceOf(ValidationException.class);
        assertThat(memory.catalog.callType(type.id())).contains(type);
        assertThatThrownBy(() -> manage.updateCallType(admin, new io.ordercore.domain.catalog.CallTypeId(77), validType()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void a_call_example_is_created_under_an_existing_call_type() {
        CallType type = manage.createCallType(admin, validType());

        CallExample example = manage.createCallExample(admin, new CallExampleForm(type.id().value(), " Happy birthday! ",
                "Hello, Maria...", "https://cdn.example.com/rec.mp3"));

        assertThat(example.callTypeId()).isEqualTo(type.id());
        assertThat(example.title()).isEqualTo("Happy birthday!");
        assertThat(example.text()).contains("Hello, Maria...");
        assertThat(example.recordingUrl()).contains("https://cdn.example.com/rec.mp3");
        assertThat(example.frozen()).isFalse();
        assertThat(memory.catalog.callExample(example.id())).contains(example);
    }

    @Test
    void a_call_example_form_reports_all_its_errors() {
        ValidationException empty = refusal(() -> manage.createCallExample(admin, new CallExampleForm(null, null, null, null)));
        assertThat(empty.errors()).extracting("field", "code")
                .containsExactlyInAnyOrder(tuple("callTypeId", "REQUIRED"), tuple("title", "REQUIRED"));

        ValidationException bad = refusal(() -> manage.createCallExample(admin, 
                new CallExampleForm(42L, "t".repeat(256), "x".repeat(4001), "file:///etc/passwd")));
        assertThat(bad.errors()).extracting("field", "code").containsExactlyInAnyOrder(
                tuple("callTypeId", "UNKNOWN_CALL_TYPE"), tuple("title", "TOO_LONG"), tuple("text", "TOO_LONG"),
                tuple("recordingUrl", "INVALID_URL"));
        assertThat(memory.catalog.callExamples(Optional.empty())).isEmpty();
    }

    @Test
    void talents_have_unique_names_ignoring_case() {
        Talent english = manage.createTalent(admin, " Speaks English ", false);

        assertThat(english.name()).isEqualTo("Speaks English");
        assertThat(english.critical()).isFalse();
        assertThat(refusal(() -> manage.createTalent(admin, "deep VOICE", false)).errors())
                .extracting("field", "code").containsExactly(tuple("name", "DUPLICATE"));
        assertThat(refusal(() -> manage.createTalent(admin, "", false)).errors()).extracting(FieldError::field).containsExactly("name");
        assertThat(manage.talents(admin)).extracting(Talent::name).containsExactly("Deep voice", "Speaks English");
    }

    @Test
    void deleting_a_talent_removes_it_from_call_types() {
        Talent english = manage.createTalent(admin, "Speaks English", false);
        CallType type = manage.createCallType(admin, withTalents(validType(), List.of(deepVoice.id().value(), english.id().value())));

        manage.deleteTalent(admin, deepVoice.id().value());

        assertThat(memory.catalog.callType(type.id()).orElseThrow().talents()).containsExactly(english.id());
        assertThat(manage.talents(admin)).containsExactly(english);
        assertThatThrownBy(() -> manage.deleteTalent(admin, deepVoice.id().value())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.deleteTalent(admin, 0)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest(name = "{0} may edit the catalog: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "ADMIN, true", "SITE_MANAGER, true", "SUPERVISOR, false", "POINT_MANAGER, false", "OPERATOR, false",
            "CLIENT, false"})
    void only_administrators_and_site_managers_administer_the_catalog(Role role, boolean allowed) {
        Caller caller = role == Role.ADMIN ? admin : memory.signedIn(role, "someone@example.com");
        List<Runnable> uses = List.of(
                () -> manage.fullCatalog(caller),
                () -> manage.createCategory(caller, "Apologies"),
                () -> manage.renameCategory(caller, greetings.id(), "Congratulations"),
                () -> manage.createCallType(caller, validType()),
                () -> manage.talents(caller),
                () -> manage.createTalent(caller, "Sings", false),
                () -> manage.setFrozen(caller, CatalogElement.CATEGORY, greetings.id().value(), true),
                () -> manage.priorityCategories(caller),
                () -> manage.setPriorityCategories(caller, List.of(greetings.id())),
                () -> manage.deleteTalent(caller, deepVoice.id().value()),
                () -> manage.delete(caller, CatalogElement.CATEGORY, greetings.id().value()));

        for (Runnable use : uses) {
            if (allowed) {
                use.run();
            } else {
                assertThatThrownBy(use::run).isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
            }
        }

        if (allowed) {
            assertThat(memory.catalog.category(greetings.id())).as("deleted at the end").isEmpty();
        } else {
            assertThat(memory.catalog.categories()).containsExactly(greetings);
            assertThat(memory.catalog.talents()).containsExactly(deepVoice);
            assertThat(memory.catalog.callTypes(Optional.empty())).isEmpty();
            assertThat(memory.catalog.priorityCategories()).isEmpty();
        }
    }

    @Test
    void visitors_are_told_to_sign_in_and_trusted_system_code_may_edit() {
        assertThatThrownBy(() -> manage.createCategory(Caller.anonymous(), "Apologies"))
                .isInstanceOfSatisfying(io.ordercore.application.port.in.UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGN_IN_REQUIRED"));
        assertThatThrownBy(() -> manage.fullCatalog(Caller.anonymous()))
                .isInstanceOf(io.ordercore.application.port.in.UnauthenticatedException.class);

        assertThat(manage.createCategory(Caller.system("import"), "Apologies").name()).isEqualTo("Apologies");
    }

    private static CallTypeForm withCategory(CallTypeForm f, Long categoryId) {
        return new CallTypeForm(categoryId, f.name(), f.priceRoubles(), f.description(), f.requiredGender(), f.talentIds(), f.imageUrl());
    }

    private static CallTypeForm withPrice(CallTypeForm f, Long price) {
        return new CallTypeForm(f.categoryId(), f.name(), price, f.description(), f.requiredGender(), f.talentIds(), f.imageUrl());
    }

    private static CallTypeForm withTalents(CallTypeForm f, List<Long> talents) {
        return new CallTypeForm(f.categoryId(), f.name(), f.priceRoubles(), f.description(), f.requiredGender(), talents, f.imageUrl());
    }

    private static CallTypeForm withImage(CallTypeForm f, String url) {
        return new CallTypeForm(f.categoryId(), f.name(), f.priceRoubles(), f.description(), f.requiredGender(), f.talentIds(), url);
    }
}
