package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManagePointsUseCase;
import io.ordercore.application.port.in.ManagePointsUseCase.PointForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points of sale: who may create, edit, read them and assign their managers. */
class ManagePointsTest {

    private static final PointForm SOUTH = new PointForm("South", "Sochi, Morskaya 1", "+7 862 000-00-00", "By the sea");

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final ManagePointsUseCase points = memory.core.managePoints();
    private final PointId north = memory.newPoint("North");
    private final Caller.SignedIn admin = memory.admin();

    private Caller callerOf(String role) {
        return switch (role) {
            case "ANONYMOUS" -> Caller.anonymous();
            case "SYSTEM" -> Caller.system("cli");
            case "ADMIN" -> admin;
            default -> memory.signedIn(Role.valueOf(role), role.toLowerCase() + "@example.com");
        };
    }

    /** Runs the use and reports OK or the refusal's code. */
    private static String outcome(Supplier<?> use) {
        try {
            use.get();
            return "OK";
        } catch (DomainException e) {
            return e.code();
        }
    }

    @ParameterizedTest(name = "{0}: create {1}, update {2}, assign {3}, list {4}, get main {5}, get north {6}")
    @CsvSource({
            "ADMIN,         OK,        OK,        OK,        OK,        OK,        OK",
            "SUPERVISOR,    OK,        OK,        OK,        OK,        OK,        OK",
            "SITE_MANAGER,  FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,        OK,        OK",
            "POINT_MANAGER, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,        OK,        NOT_FOUND",
            "OPERATOR,      FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
            "CLIENT,        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN",
            "SYSTEM,        OK,        OK,        OK,        OK,        OK,        OK",
            "ANONYMOUS,     SIGN_IN_REQUIRED, SIGN_IN_REQUIRED, SIGN_IN_REQUIRED, SIGN_IN_REQUIRED, SIGN_IN_REQUIRED, SIGN_IN_REQUIRED"
    })
    void who_may_do_what_with_points(String role, String create, String update, String assign, String list,
                                     String getMain, String getNorth) {
        Caller caller = callerOf(role);
        AccountId client = memory.signedIn(Role.CLIENT, "future.manager@example.com").id();
        Point northBefore = memory.points.find(north).orElseThrow();

        assertThat(outcome(() -> points.create(caller, SOUTH))).as("create").isEqualTo(create);
        assertThat(outcome(() -> points.update(caller, north, SOUTH))).as("update").isEqualTo(update);
        assertThat(outcome(() -> points.assignManager(caller, north, client))).as("assign").isEqualTo(assign);
        assertThat(outcome(() -> points.list(caller))).as("list").isEqualTo(list);
        assertThat(outcome(() -> points.get(caller, InMemoryCore.MAIN_POINT))).as("get main").isEqualTo(getMain);
        assertThat(outcome(() -> points.get(caller, north))).as("get north").isEqualTo(getNorth);

        if (!create.equals("OK")) {
            assertThat(memory.points.list()).hasSize(2);
            assertThat(memory.points.find(north)).contains(northBefore);
            assertThat(memory.accounts.find(client).orElseThrow().role()).isEqualTo(Role.CLIENT);
        }
    }

    @Test
    void a_point_manager_lists_only_their_own_point() {
        Caller.SignedIn pm = memory.signedIn(Role.POINT_MANAGER, "pm@example.com", north);

        assertThat(points.list(pm)).extracting(Point::id).containsExactly(north);
        assertThat(points.list(admin)).extracting(Point::id).containsExactly(InMemoryCore.MAIN_POINT, north);
        assertThatThrownBy(() -> points.get(pm, InMemoryCore.MAIN_POINT))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).isEqualTo("Point 1 not found"));
    }

    @Test
    void a_created_point_gets_a_new_id_and_every_field() {
        Point created = points.create(admin, new PointForm("  South ", "Sochi, Morskaya 1", "+7 862 000-00-00", " "));

        assertThat(created.id()).isNotIn(InMemoryCore.MAIN_POINT, north);
        assertThat(created.name()).isEqualTo("South");
        assertThat(created.description()).isEmpty();
        assertThat(memory.points.find(created.id())).contains(created);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("point.create");
            assertThat(e.target()).isEqualTo("point:" + created.id());
        });
    }

    @Test
    void a_point_form_reports_every_missing_field() {
        assertThatThrownBy(() -> points.create(admin, new PointForm(null, " ", "", "d".repeat(4001))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactlyInAnyOrder(tuple("name", "REQUIRED"),
                                tuple("address", "REQUIRED"), tuple("contacts", "REQUIRED"), tuple("description", "TOO_LONG")));
        assertThat(memory.points.list()).hasSize(2);
    }

    @Test
    void updating_keeps_the_id_and_an_unknown_point_is_not_found() {
        Point updated = points.update(admin, north, SOUTH);

        assertThat(updated.id()).isEqualTo(north);
        assertThat(memory.points.find(north)).contains(updated);
        assertThatThrownBy(() -> points.update(admin, new PointId(99), SOUTH)).isInstanceOf(NotFoundException.class);
        assertThat(memory.points.find(new PointId(99))).isEmpty();
    }

    @Test
    void assigning_a_manager_makes_the_account_a_point_manager_of_that_point() {
        AccountId client = memory.signedIn(Role.CLIENT, "client@example.com").id();
        Caller.SignedIn supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");

        AccountView manager = points.assignManager(supervisor, north, client);

        assertThat(manager.role()).isEqualTo(Role.POINT_MANAGER);
        assertThat(manager.point()).contains(north);
        assertThat(manager.credentialsVersion()).as("old tokens carry the old role").isEqualTo(2);
        assertThat(memory.audit.all()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("point.assign-manager");
            assertThat(e.target()).isEqualTo("account:" + client);
            assertThat(e.actor().account()).contains(supervisor.id());
        });
    }

    @Test
    void administrators_and_supervisors_cannot_be_turned_into_point_managers_here() {
        Caller.SignedIn supervisor = memory.signedIn(Role.SUPERVISOR, "boss@example.com");
        Caller.SignedIn otherSupervisor = memory.signedIn(Role.SUPERVISOR, "boss2@example.com");

        for (AccountId target : List.of(admin.id(), otherSupervisor.id())) {
            assertThatThrownBy(() -> points.assignManager(supervisor, north, target))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        }
        assertThat(memory.accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(memory.accounts.find(otherSupervisor.id()).orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void assigning_to_an_unknown_point_or_account_is_not_found() {
        AccountId client = memory.signedIn(Role.CLIENT, "client@example.com").id();

        assertThatThrownBy(() -> points.assignManager(admin, new PointId(99), client))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("Point 99"));
        assertThatThrownBy(() -> points.assignManager(admin, north, new AccountId(999)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("Account 999"));
        assertThat(memory.accounts.find(client).orElseThrow().point()).isEqualTo(Optional.of(InMemoryCore.MAIN_POINT));
    }

    @Test
    void visitors_are_told_to_sign_in() {
        assertThatThrownBy(() -> points.list(Caller.anonymous()))
                .isInstanceOfSatisfying(UnauthenticatedException.class,
                        e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
        assertThat(memory.audit.all().stream().filter(e -> e.outcome() == AuditEntry.Outcome.REFUSED)).isEmpty();
    }
}
