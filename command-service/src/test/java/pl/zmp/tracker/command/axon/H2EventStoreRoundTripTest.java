package pl.zmp.tracker.command.axon;

import pl.zmp.tracker.command.CommandServiceIntegrationTest;

/** The round trip on the embedded default's event store: H2 in PostgreSQL mode. */
@CommandServiceIntegrationTest
class H2EventStoreRoundTripTest extends EventStoreRoundTripContract {
}
