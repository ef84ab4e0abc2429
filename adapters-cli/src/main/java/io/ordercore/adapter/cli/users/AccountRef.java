package io.ordercore.adapter.cli.users;

import io.ordercore.application.port.in.AccountListQuery;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Optional;

/** An account as typed: its id, or its e-mail (looked up among the accounts the caller may see). */
public record AccountRef(String text) {

    /** Checks the shape only, so a typo is a usage error before the core is opened. */
    public static AccountRef parse(String field, String raw) {
        String text = raw == null ? "" : raw.trim();
        if (!isId(text) && !text.contains("@")) {
            throw ValidationException.of(field, "NOT_AN_ACCOUNT", "must be an account id or an e-mail address");
        }
        return new AccountRef(text);
    }

    public AccountId resolve(ManageAccountsUseCase accounts, Caller caller) {
        if (isId(text)) {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return new AccountId(id);
                }
            } catch (NumberFormatException e) {
                // too large to be an id: not found, like a non-positive one
            }
            throw new NotFoundException("Account", text);
        }
        String email = text.toLowerCase(Locale.ROOT);
        AccountListQuery query = new AccountListQuery(Optional.empty(), Optional.empty(), Optional.of(email),
                Optional.empty(), 1000);
        return accounts.list(caller, query).stream()
                .filter(a -> a.email().value().equals(email))
                .map(AccountView::id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Account", text));
    }

    private static boolean isId(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
