-- The system's ledger accounts (gateway clearing, sales, bonus expense...) no longer keep a running
-- balance: every payment touched those rows, so all payments queued on them (FOR UPDATE). Their
-- balance is now the sum of their entries; people's accounts keep theirs (a spend is decided by it).
DELETE FROM ledger_balance WHERE account_key LIKE 'system:%';
