package io.ordercore.adapter.persistence.contract;

class InMemoryAuditOutboxContractTest extends AuditOutboxContract {

    private final PortSet ports = PortSet.inMemory();

    @Override
    protected PortSet ports() {
        return ports;
    }
}
