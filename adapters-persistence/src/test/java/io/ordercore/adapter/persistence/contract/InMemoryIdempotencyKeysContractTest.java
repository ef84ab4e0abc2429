package io.ordercore.adapter.persistence.contract;

class InMemoryIdempotencyKeysContractTest extends IdempotencyKeysContract {

    private final PortSet ports = PortSet.inMemory();

    @Override
    protected PortSet ports() {
        return ports;
    }
}
