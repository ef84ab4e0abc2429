package io.ordercore.application.port.in;

import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.shared.Email;

/** An operator's profile with the e-mail of its account and the orders it holds now. */
public record OperatorView(Operator operator, Email email, int activeOrders) {
}
