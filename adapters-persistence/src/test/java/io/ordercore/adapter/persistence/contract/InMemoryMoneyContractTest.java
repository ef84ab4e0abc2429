package io.ordercore.adapter.persistence.contract;

import io.ordercore.application.testing.InMemoryLedger;

class InMemoryMoneyContractTest extends MoneyContract {

    private final PortSet ports = PortSet.inMemory();

    @Override
    protected PortSet ports() {
        return ports;
    }

    @Override
    protected Tampering tampering() {
        return inMemoryTampering((InMemoryLedger) ports.ledger());
    }
}
