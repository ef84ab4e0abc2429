package io.ordercore.adapter.persistence.contract;

class InMemoryAccountsContractTest extends AccountsContract {

    private final PortSet ports = PortSet.inMemory();

    @Override
    protected PortSet ports() {
        return ports;
    }
}
