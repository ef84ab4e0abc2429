package io.ordercore.adapter.persistence.contract;

class InMemoryDispatchContractTest extends DispatchContract {

    private final PortSet ports = PortSet.inMemory();

    @Override
    protected PortSet ports() {
        return ports;
    }
}
