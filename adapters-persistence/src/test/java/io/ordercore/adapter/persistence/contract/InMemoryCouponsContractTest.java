package io.ordercore.adapter.persistence.contract;

class InMemoryCouponsContractTest extends CouponsContract {

    private final PortSet ports = PortSet.inMemory();

    @Override
    protected PortSet ports() {
        return ports;
    }
}
