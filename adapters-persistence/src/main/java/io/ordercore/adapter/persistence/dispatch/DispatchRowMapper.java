package io.ordercore.adapter.persistence.dispatch;

import io.ordercore.application.port.out.Dispatches.Decision;
import io.ordercore.application.port.out.Dispatches.DecisionKind;
import io.ordercore.application.port.out.Dispatches.Stage;
import io.ordercore.application.port.out.Dispatches.Task;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.operator.WorkingHours;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.shared.Gender;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Operators, dispatch tasks and decisions, and calls between domain and rows. Rebuilding goes
 * through the domain constructors, so every stored value is checked again on the way in.
 */
@Mapper(imports = {WorkingHours.class, AccountId.class, CallResultKey.class})
public interface DispatchRowMapper {

    @Mapping(target = "accountId", source = "id.value")
    @Mapping(target = "tariffMinor", source = "tariff.minor")
    @Mapping(target = "hoursFrom", expression = "java(operator.workingHours().map(WorkingHours::from).orElse(null))")
    @Mapping(target = "hoursTo", expression = "java(operator.workingHours().map(WorkingHours::to).orElse(null))")
    @Mapping(target = "lastAssignedAt", ignore = true)
    OperatorRow toRow(Operator operator);

    default Operator toOperator(OperatorRow row, Collection<TalentId> talents) {
        Optional<WorkingHours> hours = row.hoursFrom() == null ? Optional.empty()
                : Optional.of(new WorkingHours(row.hoursFrom(), row.hoursTo()));
        return new Operator(new AccountId(row.accountId()), row.name(), Gender.valueOf(row.gender()), Set.copyOf(talents),
                Money.kopecks(row.tariffMinor()), row.rating(), OperatorState.valueOf(row.state()), row.capacity(), hours);
    }

    default Task toTask(DispatchTaskRow row) {
        return new Task(new OrderId(row.orderId()), Stage.valueOf(row.stage()), row.dueAt(), row.awaitingOperator(),
                Optional.ofNullable(row.operatorId()).map(AccountId::new), row.version());
    }

    default Decision toDecision(DispatchDecisionRow row) {
        return new Decision(new OrderId(row.orderId()), row.at(), DecisionKind.valueOf(row.kind()),
                Optional.ofNullable(row.chosenOperatorId()).map(AccountId::new), row.explanation(), row.decidedBy());
    }

    @Mapping(target = "id", expression = "java(new CallResultKey(call.order().value(), call.operator().value(), call.startedAt()))")
    @Mapping(target = "recordingUrl", expression = "java(call.recordingUrl().orElse(null))")
    CallResultRow toRow(CallResult call, Instant receivedAt);

    default CallResult toCall(CallResultRow row) {
        return new CallResult(new OrderId(row.id().orderId()), new AccountId(row.id().operatorId()), row.id().startedAt(),
                row.endedAt(), row.durationSeconds(), Optional.ofNullable(row.recordingUrl()), row.outcome());
    }
}
