package io.ordercore.adapter.web.operator;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import org.junit.jupiter.api.Test;

/** Operators' dispatch profiles as administrators and site managers keep them; supervisors only look. */
@MicronautTest
class AdminOperatorsHttpTest {

    private static final String OPERATORS = "/api/v1/admin/operators";

    private final Api admin;
    private final Api api;
    private final Sessions sessions;
    private final Fulfilment fulfilment;

    AdminOperatorsHttpTest(Api api, Sessions sessions, Fulfilment fulfilment) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fulfilment = fulfilment;
    }

    @Test
    void anOperatorAccountGetsItsProfile() {
        Caller.SignedIn account = sessions.account(Role.OPERATOR);
        long talent = fulfilment.line().talentId();

        Reply created = admin.post(OPERATORS, profile(account.email().value(), talent));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.number("id")).isEqualTo(account.id().value());
        assertThat(created.text("email")).isEqualTo(account.email().value());
        assertThat(created.text("name")).isNotBlank();
        assertThat(created.text("gender")).isEqualTo("FEMALE");
        assertThat(created.size("talentIds")).isEqualTo(1);
        assertThat(created.at("talentIds[0]").getLongValue()).isEqualTo(talent);
        assertThat(created.text("tariff.amount")).isEqualTo("250.00");
        assertThat(created.number("tariff.minor")).isEqualTo(25_000);
        assertThat(created.number("rating")).isZero();
        assertThat(created.text("state")).isEqualTo("ACTIVE");
        assertThat(created.number("capacity")).isEqualTo(2);
        assertThat(created.text("workingHours")).isEqualTo("09:00-18:00");
        assertThat(created.number("activeOrders")).isZero();
        Reply read = admin.get(OPERATORS + "/" + account.id());
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(admin.get(OPERATORS + "?limit=1000").texts("items", "id")).contains(String.valueOf(account.id()));
    }

    @Test
    void onlyAnOperatorAccountAndOnlyOnce() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        Caller.SignedIn operator = sessions.account(Role.OPERATOR);
        admin.post(OPERATORS, profile(operator.email().value(), null));

        Reply notAnOperator = admin.post(OPERATORS, profile(client.email().value(), null));
        Reply again = admin.post(OPERATORS, profile(operator.email().value(), null));
        Reply unknown = admin.post(OPERATORS, profile("nobody@ordercore.test", null));

        assertProblem(notAnOperator, 422, "NOT_AN_OPERATOR");
        assertProblem(again, 422, "OPERATOR_EXISTS");
        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.text("errors[0].code")).isEqualTo("UNKNOWN_ACCOUNT");
        assertProblem(admin.get(OPERATORS + "/" + client.id()), 404, "NOT_FOUND");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Reply empty = admin.post(OPERATORS, "{}");
        Reply wrong = admin.post(OPERATORS, """
                {"email": "%s", "gender": "OTHER", "tariffKopecks": -1, "workingHours": "late", "talentIds": [999999]}
                """.formatted(sessions.account(Role.OPERATOR).email()));
        Reply fractional = admin.post(OPERATORS, "{\"capacity\": 1.5}");

        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.texts("errors", "field")).contains("email", "gender", "tariffKopecks");
        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.texts("errors", "field")).containsExactlyInAnyOrder("gender", "tariffKopecks", "workingHours",
                "talentIds");
        assertProblem(fractional, 400, "VALIDATION_FAILED");
        assertThat(fractional.texts("errors", "field")).containsExactly("capacity");
    }

    @Test
    void anUpdateKeepsWhatItDoesNotName() {
        Caller.SignedIn account = sessions.account(Role.OPERATOR);
        admin.post(OPERATORS, profile(account.email().value(), null));

        Reply updated = admin.put(OPERATORS + "/" + account.id(), "{\"capacity\": 5, \"workingHours\": \"\"}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.number("capacity")).isEqualTo(5);
        assertThat(updated.text("workingHours")).as("empty means any time").isNull();
        assertThat(updated.text("tariff.amount")).isEqualTo("250.00");
        assertThat(updated.text("gender")).isEqualTo("FEMALE");
        assertProblem(admin.put(OPERATORS + "/999999", "{}"), 404, "NOT_FOUND");
        assertProblem(admin.put(OPERATORS + "/" + account.id(), "{\"capacity\": 0}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void pausedFrozenAndResumed() {
        Caller.SignedIn account = sessions.account(Role.OPERATOR);
        admin.post(OPERATORS, profile(account.email().value(), null));
        String one = OPERATORS + "/" + account.id();

        Reply paused = admin.post(one + "/pause", "");
        Reply frozen = admin.post(one + "/freeze", "");
        Reply listedFrozen = admin.get(OPERATORS + "?state=frozen&limit=1000");
        Reply resumed = admin.post(one + "/resume", "");

        assertThat(paused.text("state")).as(paused.body()).isEqualTo("PAUSED");
        assertThat(frozen.text("state")).isEqualTo("FROZEN");
        assertThat(listedFrozen.texts("items", "id")).contains(String.valueOf(account.id()));
        assertThat(listedFrozen.texts("items", "state")).containsOnly("FROZEN");
        assertThat(resumed.text("state")).isEqualTo("ACTIVE");
        assertProblem(admin.get(OPERATORS + "?state=sleeping&afterId=x"), 400, "VALIDATION_FAILED");
    }

    @Test
    void listsArePagedByAfterId() {
        for (int i = 0; i < 3; i++) {
            admin.post(OPERATORS, profile(sessions.account(Role.OPERATOR).email().value(), null));
        }

        Reply first = admin.get(OPERATORS + "?limit=2");
        Reply next = admin.get(OPERATORS + "?limit=2&afterId=" + first.number("nextAfterId"));

        assertThat(first.size("items")).isEqualTo(2);
        assertThat(next.numbers("items", "id")).allMatch(id -> id > first.number("nextAfterId"));
    }

    @Test
    void aSupervisorLooksButDoesNotTouch() {
        Caller.SignedIn account = sessions.account(Role.OPERATOR);
        admin.post(OPERATORS, profile(account.email().value(), null));
        Api supervisor = api.as(sessions.token(Role.SUPERVISOR));

        assertThat(supervisor.get(OPERATORS + "/" + account.id()).status()).isEqualTo(200);
        assertProblem(supervisor.post(OPERATORS + "/" + account.id() + "/freeze", ""), 403, "FORBIDDEN");
        assertProblem(api.as(sessions.token(Role.POINT_MANAGER)).get(OPERATORS), 403, "FORBIDDEN");
    }

    private static String profile(String email, Long talentId) {
        return """
                {"email": "%s", "gender": "female", "talentIds": [%s], "tariffKopecks": 25000, "capacity": 2,
                 "workingHours": "09:00-18:00"}
                """.formatted(email, talentId == null ? "" : talentId);
    }
}
