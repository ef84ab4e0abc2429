package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * A client places a call order (PRODUCT.md A, "Order form"), signing in or registering on the way
 * when they come as a visitor.
 */
public interface PlaceCallOrderUseCase {

    /**
     * Checks the whole form, snapshots the call type's price and stores a new Unpaid order owned by
     * the caller. A signed-in caller orders as themselves (the form's e-mail is ignored). A visitor:
     * <ul>
     *   <li>with an unknown e-mail gets a new client account (password generated and e-mailed);</li>
     *   <li>with a known e-mail and no password is refused with {@link PasswordRequiredException};</li>
     *   <li>with a known e-mail and the right password is signed in.</li>
     * </ul>
     *
     * @return the order and, for a visitor, the account now signed in
     * @throws io.ordercore.domain.shared.ValidationException with every field error found
     * @throws UnauthenticatedException for a known e-mail with a wrong password (counts towards the lock-out)
     */
    PlacedOrder place(Caller caller, CallOrderForm form);

    /**
     * @param signedIn       for a visitor: the account the order now belongs to, to sign them in
     * @param accountCreated whether that account was opened by this order
     */
    record PlacedOrder(Order order, Optional<AccountView> signedIn, boolean accountCreated) {
        public PlacedOrder {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(signedIn, "signedIn");
        }
    }

    /**
     * The visitor's e-mail has an account: they must give its password (an extra step of the
     * order form). Carries the submitted form, without any password, so it can be shown again.
     */
    final class PasswordRequiredException extends DomainException {
        public static final String CODE = "PASSWORD_REQUIRED";
        private final transient CallOrderForm submitted;

        public PasswordRequiredException(CallOrderForm submitted) {
            super(Kind.UNAUTHENTICATED, CODE, "This e-mail has an account: enter its password to place the order");
            this.submitted = submitted.withoutPassword();
        }

        public CallOrderForm submitted() {
            return submitted;
        }
    }
}
