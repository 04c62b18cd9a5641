package pl.zmp.tracker.command.axon;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;
import org.axonframework.modelling.command.ConflictingModificationException;
import pl.zmp.tracker.command.municipality.RegisterMunicipality;
import pl.zmp.tracker.command.municipality.RenameMunicipality;
import pl.zmp.tracker.command.organisation.RegisterOrganisation;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.TercCode;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CommandServiceIntegrationTest
class CommandDispatcherTest {

    @Autowired
    private CommandDispatcher dispatcher;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KnownAggregates knownAggregates;

    @Test
    void retryWithSameIdempotencyKeyAnswersFirstOutcomeAndAppendsNothing() {
        String key = UUID.randomUUID().toString();
        RegisterMunicipality register = polish("1261011"); // Kraków
        CommandReceipt first = dispatcher.dispatch(register, CommandOptions.idempotent(key));
        long events = countEvents();

        CommandReceipt retry = dispatcher.dispatch(register, CommandOptions.idempotent(key));

        assertThat(retry).isEqualTo(first);
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void sameKeyWithAnotherCommandIsRefusedAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        dispatcher.dispatch(polish("2469011"), CommandOptions.idempotent(key)); // Katowice
        long events = countEvents();

        assertThatThrownBy(() -> dispatcher.dispatch(polish("1465011"), CommandOptions.idempotent(key)))
                .isInstanceOf(CommandRejectedException.class)
                .extracting(e -> ((CommandRejectedException) e).code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void retryOfACommandWhoseExpectedVersionTheFirstAttemptMovedOnAnswersTheFirstOutcome() {
        RegisterMunicipality register = polish("1061011"); // Łódź
        dispatcher.dispatch(register);
        CommandOptions expectingVersion0 = new CommandOptions(0L, UUID.randomUUID().toString());
        CommandReceipt first = dispatcher.dispatch(new RenameMunicipality(register.municipalityId(), "Łódź"),
                expectingVersion0);
        long events = countEvents();

        // the key is not looked up first: the retry is refused (version 0 is stale), then finds the first outcome
        CommandReceipt retry = dispatcher.dispatch(new RenameMunicipality(register.municipalityId(), "Łódź"),
                expectingVersion0);

        assertThat(retry).isEqualTo(first);
        assertThat(first.version()).isEqualTo(1);
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void anAggregateWhoseCreationWasRolledBackIsNotKnownToExist() {
        String key = UUID.randomUUID().toString();
        dispatcher.dispatch(polish("1062011"), CommandOptions.idempotent(key)); // Piotrków Trybunalski
        OrganisationId never = OrganisationId.newId();

        // its event is appended, then the used key refuses the transaction
        assertThatThrownBy(() -> dispatcher.dispatch(new RegisterOrganisation(never, "Efemeryda", null,
                OrganisationKind.ASSOCIATION, CountryCode.POLAND, null, null), CommandOptions.idempotent(key)))
                .extracting(e -> ((CommandRejectedException) e).code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        assertThat(knownAggregates.exists(AggregateType.ORGANISATION, never)).isFalse();
        OrganisationId registered = OrganisationId.newId();
        dispatcher.dispatch(new RegisterOrganisation(registered, "Trwała", null,
                OrganisationKind.ASSOCIATION, CountryCode.POLAND, null, null));
        assertThat(knownAggregates.exists(AggregateType.ORGANISATION, registered)).isTrue();
    }

    @Test
    void sameKeyOfAnotherUserIsAnotherKey() {
        String key = UUID.randomUUID().toString();
        CommandReceipt mine = dispatcher.dispatch(polish("1262011"), CommandOptions.idempotent(key), "alice"); // Nowy Sącz
        CommandReceipt theirs = dispatcher.dispatch(polish("1263011"), CommandOptions.idempotent(key), "bob"); // Tarnów

        assertThat(theirs.aggregateId()).isNotEqualTo(mine.aggregateId());
        assertThatThrownBy(() -> dispatcher.dispatch(polish("1264011"), CommandOptions.idempotent(key), "alice"))
                .as("alice's key stays bound to her first command")
                .extracting(e -> ((CommandRejectedException) e).code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void sameKeySentTwiceAtOnceWritesOnceAndBothAnswerTheSame() throws Exception {
        String key = UUID.randomUUID().toString();
        RegisterMunicipality register = polish("3064011"); // Poznań
        Callable<CommandReceipt> send = () -> dispatcher.dispatch(register, CommandOptions.idempotent(key));
        long events = countEvents();
        // two requests of the same signed-in user at once
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        try {
            List<Future<CommandReceipt>> answers = pool.invokeAll(List.of(send, send));
            assertThat(answers.get(0).get()).isEqualTo(answers.get(1).get());
        } finally {
            pool.shutdown();
        }
        assertThat(countEvents()).isEqualTo(events + 1);
    }

    @Test
    void failedCommandLeavesNoIdempotencyKeySoARetryIsJudgedAfresh() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> dispatcher.dispatch(polish("9999999"), CommandOptions.idempotent(key)))
                .isInstanceOf(CommandRejectedException.class);

        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where idempotency_key = ?",
                Long.class, key)).isZero();
    }

    @Test
    void commandWithoutKeyIsJudgedAgainOnASecondSend() {
        dispatcher.dispatch(polish("1661011")); // Opole

        assertThatThrownBy(() -> dispatcher.dispatch(polish("1661011")))
                .isInstanceOf(CommandRejectedException.class)
                .extracting(e -> ((CommandRejectedException) e).code()).isEqualTo("DUPLICATE_CODE");
    }

    @Test
    void commandExpectingTheCurrentVersionApplies() {
        RegisterMunicipality register = polish("0264011"); // Wrocław
        dispatcher.dispatch(register);

        CommandReceipt renamed = dispatcher.dispatch(new RenameMunicipality(register.municipalityId(), "Wrocław"),
                new CommandOptions(0L, null));

        assertThat(renamed.version()).isEqualTo(1);
    }

    @Test
    void commandExpectingAStaleVersionIsRefusedAndWritesNothing() {
        RegisterMunicipality register = polish("2262011"); // Gdynia
        dispatcher.dispatch(register);
        dispatcher.dispatch(new RenameMunicipality(register.municipalityId(), "Gdynia"));
        long events = countEvents();

        assertThatThrownBy(() -> dispatcher.dispatch(new RenameMunicipality(register.municipalityId(), "Gdingen"),
                new CommandOptions(0L, null)))
                .isInstanceOf(ConflictingModificationException.class);
        assertThat(countEvents()).isEqualTo(events);
    }

    private static RegisterMunicipality polish(String terc) {
        return new RegisterMunicipality(MunicipalityId.newId(), "place " + terc, null, CountryCode.POLAND,
                new TercCode(terc), null, true);
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
