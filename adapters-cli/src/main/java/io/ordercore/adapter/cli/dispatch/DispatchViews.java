package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.orders.OrderPrinter;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.Order;
import java.io.PrintWriter;
import java.util.List;

/** The JSON shapes of dispatch output; CSV headers are the same field names in the same order. */
final class DispatchViews {

    static final String[] DECISION_CSV_HEADER = {"at", "kind", "chosenOperatorId", "decidedBy", "explanation"};
    static final String[] TASK_CSV_HEADER = {"orderId", "stage", "dueAt"};

    private DispatchViews() {
    }

    /** {@code chosenOperatorId} is null when nobody was chosen; {@code explanation} is multi-line text. */
    record DecisionJson(String at, String kind, Long chosenOperatorId, String decidedBy, String explanation) {
    }

    record ExplainJson(long orderId, List<DecisionJson> decisions) {
    }

    /** {@code dueAt} is when dispatch tries the order again. */
    record TaskJson(long orderId, String stage, String dueAt) {
    }

    record TasksJson(List<TaskJson> items) {
    }

    record RefusalCancelledJson(long orderId, long operatorId, boolean refusalCancelled) {
    }

    record HandledJson(int handled) {
    }

    static DecisionJson decision(Dispatches.Decision d) {
        return new DecisionJson(d.at().toString(), d.kind().name(), d.chosen().map(AccountId::value).orElse(null),
                d.decidedBy(), d.explanation());
    }

    static Object[] decisionRow(Dispatches.Decision d) {
        DecisionJson j = decision(d);
        return new Object[] {j.at(), j.kind(), j.chosenOperatorId(), j.decidedBy(), j.explanation()};
    }

    static TaskJson task(Dispatches.Task t) {
        return new TaskJson(t.order().value(), t.stage().name(), t.dueAt().toString());
    }

    static Object[] taskRow(Dispatches.Task t) {
        TaskJson j = task(t);
        return new Object[] {j.orderId(), j.stage(), j.dueAt()};
    }

    /** With --format json the order as 'orders show' prints it, else 'order ID: STATUS, operator OP|no operator'. */
    static void printOrder(PrintWriter out, FormatOption format, Order order) {
        if (format.json()) {
            OrderPrinter.print(out, format, order);
        } else {
            out.println("order " + order.id() + ": " + order.status() + ", "
                    + order.operator().map(id -> "operator " + id).orElse("no operator"));
            out.flush();
        }
    }

    /** Operator ids typed on the command line; a non-positive one names no operator. */
    static long operatorId(long id) {
        if (id <= 0) {
            throw new NotFoundException("Operator", id);
        }
        return id;
    }
}
