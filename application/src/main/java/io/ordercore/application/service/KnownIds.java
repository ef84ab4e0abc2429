package io.ordercore.application.service;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.account.AccountId;

/** Ids typed by callers: one that cannot exist (0 or less) is simply not found, like any unknown id. */
final class KnownIds {

    private KnownIds() {
    }

    static AccountId account(String what, long id) {
        if (id <= 0) {
            throw new NotFoundException(what, id);
        }
        return new AccountId(id);
    }
}
