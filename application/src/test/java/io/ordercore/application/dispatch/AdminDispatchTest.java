package io.ordercore.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.workflow.ActorKind;
import io.ordercore.domain.workflow.IllegalTransitionException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An administrator's hand on dispatch: assigning (hard filters apply unless forced), removing an
 * operator (optionally fined), cancelling a refusal, and reading why each decision was made.
 */
class AdminDispatchTest {

    private final DispatchFixture f = new DispatchFixture();

    /** "Serenade": a FEMALE call type needing the critical talent "Singing". */
    private long serenade;
    private long singing;

    private void serenadeCatalog() {
        singing = f.core.manageCatalog().createTalent(f.admin, "Singing", true).id().value();
        long category = f.catalog.category("Songs").id().value();
        serenade = f.core.manageCatalog().createCallType(f.admin, new ManageCatalogUseCase.CallTypeForm(category,
                "Serenade", 700L, null, "FEMALE", List.of(singing), null)).id().value();
    }

    private Order paidSerenade() {
        return f.paidOrder(io.ordercore.application.testing.CallOrderForms.aForm(serenade));
    }

    private List<AuditEntry> audit(String action) {
        return f.memory.audit.all().stream().filter(e -> e.action().equals(action)).toList();
    }

    private List<EarningEntry> entries(Caller.SignedIn operator) {
        return f.memory.earnings.entries(operator.id(), 100);
    }

    @Test
    void assigningByHandStillAppliesTheHardFiltersAndSaysWhy() {
        serenadeCatalog();
        Caller.SignedIn man = f.operators.operator("man@example.com", "MALE", 30_000, singing);
        Caller.SignedIn untrained = f.operators.operator("untrained@example.com", "FEMALE", 30_000);
        Order order = paidSerenade();
        assertThat(f.stored(order).status()).as("nobody qualifies").isEqualTo(OrderStatus.PAID);

        assertThatThrownBy(() -> f.core.dispatch().assign(f.admin, order.id(), man.id().value(), false, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OPERATOR_FILTERED_OUT");
                    assertThat(e.getMessage()).contains("gender MALE, required FEMALE");
                });
        assertThatThrownBy(() -> f.core.dispatch().assign(f.admin, order.id(), untrained.id().value(), false, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("OPERATOR_FILTERED_OUT");
                    assertThat(e.getMessage()).contains("lacks critical talents [" + singing + "]");
                });

        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(f.stored(order).operator()).isEmpty();
        assertThat(audit("dispatch.assign")).hasSize(2)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED));
    }

    @Test
    void forceAssignsAFilteredOutOperatorAndIsAuditedAsForced() {
        serenadeCatalog();
        Caller.SignedIn man = f.operators.operator("man@example.com", "MALE", 30_000);
        Order order = paidSerenade();

        Order assigned = f.core.dispatch().assign(f.admin, order.id(), man.id().value(), true, "only one on shift");

        assertThat(assigned.status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(f.stored(order).operator()).contains(man.id());
        assertThat(f.core.operatorCabinet().proposals(man)).extracting(Order::id).containsExactly(order.id());
        assertThat(audit("dispatch.assign.forced")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
            assertThat(e.target()).isEqualTo("order:" + order.id());
            assertThat(e.actor().account()).contains(f.admin.id());
        });
        assertThat(audit("dispatch.assign")).isEmpty();
        assertThat(f.core.dispatch().explain(f.admin, order.id())).last().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.FORCED);
            assertThat(d.chosen()).contains(man.id());
            assertThat(d.explanation()).contains("only one on shift").contains("gender MALE, required FEMALE");
        });
        assertThat(f.memory.dispatches.task(order.id())).hasValueSatisfying(t ->
                assertThat(t.stage()).isEqualTo(Dispatches.Stage.PROPOSED));
    }

    @Test
    void anEligibleOperatorIsAssignedWithoutForce() {
        Order order = f.paidOrder(); // no operator yet: waits
        Caller.SignedIn chosen = f.operators.operator("chosen@example.com", "FEMALE", 30_000);

        f.core.dispatch().assign(f.admin, order.id(), chosen.id().value(), false, null);

        assertThat(f.stored(order).operator()).contains(chosen.id());
        assertThat(f.core.dispatch().explain(f.admin, order.id())).last()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DecisionKind.MANUAL));
        assertThat(audit("dispatch.assign")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK));
    }

    @Test
    void onlyAPaidOrderIsAssigned() {
        Caller.SignedIn holder = f.operators.operator("holder@example.com", "FEMALE", 30_000);
        Caller.SignedIn other = f.operators.operator("other@example.com", "FEMALE", 30_000);
        f.memory.operators.addToRating(holder.id(), 5);
        Order proposed = f.paidOrder();
        assertThat(f.stored(proposed).operator()).contains(holder.id());

        assertThatThrownBy(() -> f.core.dispatch().assign(f.admin, proposed.id(), other.id().value(), false, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> f.core.dispatch().assign(f.admin, proposed.id(), other.id().value(), true, null))
                .as("not even by force").isInstanceOf(IllegalTransitionException.class);
        assertThat(f.stored(proposed).operator()).contains(holder.id());

        Order unpaid = f.core.placeCallOrder().place(f.client, f.form().build()).order();
        assertThat(unpaid.status()).isEqualTo(OrderStatus.UNPAID);
        assertThatThrownBy(() -> f.core.dispatch().assign(f.admin, unpaid.id(), other.id().value(), true, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(f.stored(unpaid).status()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void removingAnOperatorWithPenaltyFinesTheirTariffAndDispatchesAgain() {
        Caller.SignedIn removed = f.operators.operator("removed@example.com", "FEMALE", 30_000);
        Caller.SignedIn next = f.operators.operator("next@example.com", "FEMALE", 25_000);
        f.memory.operators.addToRating(removed.id(), 5);
        Order order = f.paidOrder();
        f.core.operatorCabinet().confirm(removed, order.id());

        Order after = f.core.dispatch().removeOperator(f.admin, order.id(), true, "did not call");

        assertThat(after.status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(f.stored(order).operator()).contains(next.id());
        assertThat(entries(removed)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EarningKind.PENALTY);
            assertThat(e.amount()).isEqualTo(Money.kopecks(-30_000));
            assertThat(e.order()).isEqualTo(order.id());
        });
        assertThat(f.memory.earnings.available(removed.id())).isEqualTo(Money.kopecks(-30_000));
        assertThat(entries(next)).isEmpty();
        OrderHistoryEntry removal = f.stored(order).history().stream()
                .filter(e -> e.to() == OrderStatus.PAID && e.from().filter(OrderStatus.IN_PROGRESS::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(removal.actor().kind()).isEqualTo(ActorKind.ADMIN);
        assertThat(removal.reason()).hasValueSatisfying(r ->
                assertThat(r).contains("operator " + removed.id() + " removed").contains("did not call"));
        assertThat(f.core.dispatch().explain(f.admin, order.id())).last().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.REMOVED);
            assertThat(d.chosen()).contains(next.id());
        });
        assertThat(audit("dispatch.remove-operator.penalty")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK));
    }

    @Test
    void removingWithoutPenaltyFinesNothing() {
        Caller.SignedIn removed = f.operators.operator("removed@example.com", "FEMALE", 30_000);
        Caller.SignedIn next = f.operators.operator("next@example.com", "FEMALE", 25_000);
        f.memory.operators.addToRating(removed.id(), 5);
        Order order = f.paidOrder();

        f.core.dispatch().removeOperator(f.admin, order.id(), false, null);

        assertThat(f.stored(order).operator()).contains(next.id());
        assertThat(entries(removed)).isEmpty();
        assertThat(f.memory.earnings.available(removed.id())).isEqualTo(Money.kopecks(0));
        assertThat(audit("dispatch.remove-operator")).hasSize(1);
    }

    @Test
    void removingFromAnOrderWithoutOperatorIsRefused() {
        Order waiting = f.paidOrder();

        assertThatThrownBy(() -> f.core.dispatch().removeOperator(f.admin, waiting.id(), true, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(f.stored(waiting).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void theRemovedOperatorIsNotProposedAgainUntilTheRefusalIsCancelled() {
        Caller.SignedIn removed = f.operators.operator("removed@example.com", "FEMALE", 30_000);
        Caller.SignedIn next = f.operators.operator("next@example.com", "FEMALE", 25_000);
        f.memory.operators.addToRating(removed.id(), 5);
        Order order = f.paidOrder();
        f.core.dispatch().removeOperator(f.admin, order.id(), false, null);
        f.core.operatorCabinet().refuse(next, order.id(), "busy");

        assertThat(f.stored(order).status()).as("both excluded: waits").isEqualTo(OrderStatus.PAID);
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.runScheduled()).isEqualTo(1);
        assertThat(f.stored(order).status()).as("the best-rated one is still excluded").isEqualTo(OrderStatus.PAID);
        assertThat(f.core.dispatch().explain(f.admin, order.id())).last().satisfies(d -> {
            assertThat(d.chosen()).isEmpty();
            assertThat(d.explanation()).contains("operator " + removed.id() + ": [REFUSED_BEFORE]");
        });

        f.core.dispatch().cancelRefusal(f.admin, order.id(), removed.id().value());
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.runScheduled()).isEqualTo(1);

        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(f.stored(order).operator()).contains(removed.id());
        assertThat(f.operators.refusal(order.id(), removed)).isEmpty();
        assertThat(f.operators.refusal(order.id(), next)).isPresent();
    }

    @Test
    void cancellingARefusalThatDoesNotExistIsNotFound() {
        Caller.SignedIn never = f.operators.operator("never@example.com", "FEMALE", 30_000);
        Order order = f.paidOrder();

        assertThatThrownBy(() -> f.core.dispatch().cancelRefusal(f.admin, order.id(), 999_999))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> f.core.dispatch().cancelRefusal(f.admin, order.id(), never.id().value()))
                .as("proposed, never refused").isInstanceOf(NotFoundException.class);

        f.core.operatorCabinet().refuse(never, order.id(), null);
        f.core.dispatch().cancelRefusal(f.admin, order.id(), never.id().value());
        assertThatThrownBy(() -> f.core.dispatch().cancelRefusal(f.admin, order.id(), never.id().value()))
                .as("cancelled already").isInstanceOf(NotFoundException.class);
    }

    @Test
    void explainListsEveryDecisionNamingTheRejectedOperatorsAndWhy() {
        serenadeCatalog();
        Caller.SignedIn man = f.operators.operator("man@example.com", "MALE", 30_000, singing);
        Caller.SignedIn untrained = f.operators.operator("untrained@example.com", "FEMALE", 30_000);
        Caller.SignedIn singer = f.operators.operator("singer@example.com", "FEMALE", 30_000, singing);
        f.operators.state(singer, io.ordercore.domain.operator.OperatorState.PAUSED);
        Order order = paidSerenade();
        f.operators.state(singer, io.ordercore.domain.operator.OperatorState.ACTIVE);
        f.clock.advance(Duration.ofMinutes(5));
        f.runScheduled();
        f.core.operatorCabinet().refuse(singer, order.id(), "hoarse");

        List<Dispatches.Decision> decisions = f.core.dispatch().explain(f.admin, order.id());

        assertThat(decisions).extracting(Dispatches.Decision::chosen)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of(singer.id()), java.util.Optional.empty());
        assertThat(decisions.get(0).explanation())
                .contains("3 operators considered, 0 eligible, 3 rejected")
                .contains("operator " + man.id() + ": [GENDER] (gender MALE, required FEMALE)")
                .contains("operator " + untrained.id() + ": [MISSING_CRITICAL_TALENT] (lacks critical talents [" + singing + "])")
                .contains("operator " + singer.id() + ": [NOT_ACTIVE] (state PAUSED)");
        assertThat(decisions.get(1).explanation()).contains("Chosen: operator " + singer.id());
        assertThat(decisions.get(2).explanation())
                .contains("operator " + singer.id() + ": [REFUSED_BEFORE] (refused or timed out on this order before)");
        assertThat(decisions).extracting(Dispatches.Decision::order).containsOnly(order.id());
    }

    @Test
    void onlyAnAdministratorMayAssignRemoveOrCancelARefusal() {
        Caller.SignedIn op = f.operators.operator("op@example.com", "FEMALE", 30_000);
        Order order = f.paidOrder();
        f.core.operatorCabinet().refuse(op, order.id(), null);
        Caller.SignedIn siteManager = f.staff(Role.SITE_MANAGER);
        Caller.SignedIn supervisor = f.staff(Role.SUPERVISOR);

        for (Caller.SignedIn notAdmin : List.of(siteManager, supervisor)) {
            assertThatThrownBy(() -> f.core.dispatch().assign(notAdmin, order.id(), op.id().value(), true, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.core.dispatch().removeOperator(notAdmin, order.id(), true, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.core.dispatch().cancelRefusal(notAdmin, order.id(), op.id().value()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(f.operators.refusal(order.id(), op)).as("still refused").isPresent();
        assertThat(f.stored(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aSupervisorMayReadTheExplanationButAClientOrOperatorMayNot() {
        Caller.SignedIn op = f.operators.operator("op@example.com", "FEMALE", 30_000);
        Order order = f.paidOrder();

        assertThat(f.core.dispatch().explain(f.staff(Role.SUPERVISOR), order.id())).hasSize(1);
        assertThat(f.core.dispatch().explain(f.staff(Role.SITE_MANAGER), order.id())).hasSize(1);
        assertThatThrownBy(() -> f.core.dispatch().explain(f.client, order.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.dispatch().explain(op, order.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.core.dispatch().explain(f.admin, new io.ordercore.domain.shared.OrderId(999_999)))
                .isInstanceOf(NotFoundException.class);
    }
}
