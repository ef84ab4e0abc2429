package io.ordercore.application.service;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ImpersonateUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;

final class ImpersonateService implements ImpersonateUseCase {

    private final Accounts accounts;
    private final AuditTrail audit;

    ImpersonateService(Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Impersonation impersonate(Caller caller, AccountId target) {
        return audit.record(caller, "auth.impersonate", "account:" + target, () -> {
            Caller.SignedIn me = Permissions.signedIn(caller);
            if (!me.has(Role.SUPERVISOR, Role.ADMIN)) {
                throw new AccessDeniedException("Only supervisors and administrators act as other users");
            }
            if (me.impersonator().isPresent()) {
                throw new AccessDeniedException("Stop acting as " + me.email() + " before acting as someone else");
            }
            Account account = accounts.find(target).orElseThrow(() -> new NotFoundException("Account", target));
            if (account.role() == Role.ADMIN) {
                throw new AccessDeniedException("Nobody may act as an administrator");
            }
            if (account.id().equals(me.id())) {
                throw new AccessDeniedException("You are yourself already");
            }
            return new Impersonation(AccountView.of(account), new Caller.Impersonator(me.id(), me.email(), me.role()));
        });
    }
}
