package io.ordercore.application.port.in;

import io.ordercore.domain.operator.OperatorState;
import java.util.List;
import java.util.Optional;

/** Operators' dispatch profiles (administrators and site managers; supervisors may read). */
public interface ManageOperatorsUseCase {

    /**
     * Gives an existing OPERATOR account its dispatch profile (ACTIVE, rating 0).
     *
     * @throws io.ordercore.domain.shared.RefusedException NOT_AN_OPERATOR when the account's role is not
     *         OPERATOR, OPERATOR_EXISTS when it has a profile already
     */
    OperatorView add(Caller caller, OperatorForm form);

    OperatorView update(Caller caller, long operatorId, OperatorForm form);

    /** ACTIVE (resume), PAUSED or FROZEN; audited. */
    OperatorView setState(Caller caller, long operatorId, OperatorState state);

    OperatorView get(Caller caller, long operatorId);

    /** In id order, after {@code afterId} (0 = from the start). */
    List<OperatorView> list(Caller caller, Optional<OperatorState> state, long afterId, int limit);
}
