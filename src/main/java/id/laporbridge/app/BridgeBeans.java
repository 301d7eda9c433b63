package id.laporbridge.app;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.decide.ClientRefs;
import id.laporbridge.decide.ConversationDecisions;
import id.laporbridge.decide.SyncDecisions;
import id.laporbridge.deliver.AduanConversation;
import id.laporbridge.deliver.AduanMirror;
import id.laporbridge.deliver.DeliveryFailures;
import id.laporbridge.deliver.DeliveryWakeUp;
import id.laporbridge.deliver.FollowupDelivery;
import id.laporbridge.deliver.OutboxClaims;
import id.laporbridge.deliver.RejectionDelivery;
import id.laporbridge.deliver.RetryOnRecovery;
import id.laporbridge.fetch.AccessTokens;
import id.laporbridge.fetch.LaporBantulCalls;
import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.fetch.PollPauses;
import id.laporbridge.fetch.SourceHealth;
import id.laporbridge.normalize.UnknownStatuses;
import id.laporbridge.sla.SlaConfig;
import id.laporbridge.sla.calendar.WorkingCalendarLoader;
import id.laporbridge.sla.calendar.WorkingTime;
import id.laporbridge.store.ComplaintReader;
import id.laporbridge.store.ComplaintWriter;
import id.laporbridge.store.CursorStore;
import id.laporbridge.store.Database;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.PageWriter;
import id.laporbridge.store.QuarantineStore;
import id.laporbridge.store.SyncActivity;
import id.laporbridge.store.SyncState;
import id.laporbridge.upstream.FailureHandler;
import id.laporbridge.upstream.UpstreamReplies;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the beans the route files call, by the names they use. */
final class BridgeBeans {

    private BridgeBeans() {
    }

    static Map<String, Object> create(Settings settings, BridgeConfig config, Path configDir, Database database,
                                      SyncActivity activity, Clock clock) {
        ClientRefs clientRefs = new ClientRefs(settings.text("bridge.client-ref-prefix"));
        CursorStore cursors = new CursorStore(database, clock);
        LinkStore links = new LinkStore(clock);
        OutboxStore outbox = new OutboxStore(database, clock);
        ConversationDecisions conversation = new ConversationDecisions(config, clientRefs, links, new SyncState(),
                outbox);
        SyncDecisions decisions = new SyncDecisions(config, clientRefs, links, outbox, conversation);
        ComplaintWriter writer = new ComplaintWriter(clock, clientRefs::isBridge, database.columnWidths());
        QuarantineStore quarantine = new QuarantineStore(clock, database.columnWidths());
        AccessTokens tokens = new AccessTokens(config.laporBantul().token(),
                settings.text("bridge.lapor-bantul.client-id"), settings.text("bridge.lapor-bantul.client-secret"),
                settings.seconds("bridge.lapor-bantul.token-renew-before-seconds"), clock);
        DeliveryFailures failures = new DeliveryFailures(outbox, settings.integers("bridge.outbox.backoff-seconds"),
                settings.integer("bridge.outbox.max-attempts"), clock);

        SourceHealth health = sourceHealth(settings, configDir, clock);
        PollPauses pauses = new PollPauses(clock);
        health.onRecovery(new RetryOnRecovery(outbox));
        UnknownStatuses unknownStatuses = new UnknownStatuses();
        PageWriters pageWriters = new PageWriters(settings, config,
                new PageWriters.Stores(database, cursors, writer, quarantine), decisions, unknownStatuses);
        Stages stages = new Stages(cursors, pageWriters, health, pauses, activity, clock);

        Map<String, Object> beans = new LinkedHashMap<>();
        beans.put("opdMap", config.opdMap());
        beans.put(SourceHealth.BEAN, health);
        beans.put(PollPauses.BEAN, pauses);
        beans.put("unknownStatuses", unknownStatuses);
        beans.put("sp4nListing", listing(settings, config, BridgeConfig.SP4N, stages,
                settings.text("bridge.sp4n.keytoken")));
        beans.put("laporBantulListing", listing(settings, config, BridgeConfig.LAPOR_BANTUL, stages, null));
        beans.put("laporBantulToken", tokens);
        beans.put("laporBantulCalls", new LaporBantulCalls(tokens));
        beans.put("upstreamReplies", new UpstreamReplies());
        beans.put("outboxClaims", new OutboxClaims(outbox, settings.integer("bridge.outbox.batch-size"),
                settings.seconds("bridge.outbox.lease-seconds"), activity));
        beans.put("aduanMirror", new AduanMirror(config.laporBantul(), new ComplaintReader(database), database,
                links, outbox));
        beans.put("followupDelivery", new FollowupDelivery(config.sp4n(), settings.text("bridge.sp4n.keytoken"),
                outbox));
        beans.put("aduanConversation", new AduanConversation(config, database, links, outbox));
        beans.put("rejectionDelivery", new RejectionDelivery(config, settings.text("bridge.sp4n.keytoken"),
                outbox));
        beans.put("failureHandler", new FailureHandler(failures, health, pauses));
        beans.put("deliveryWakeUp", new DeliveryWakeUp());
        beans.put("duplicateChecks", DedupBeans.create(settings, config, database, activity, clock));
        return beans;
    }

    /** Staleness counts working time by the default schedule of config/working-calendar.yaml. */
    private static SourceHealth sourceHealth(Settings settings, Path configDir, Clock clock) {
        WorkingTime workingTime = new WorkingCalendarLoader().load(configDir.resolve(SlaConfig.CALENDAR_FILE))
                .forOpd(null);
        return new SourceHealth(clock, workingTime::workingTimeBetween,
                Duration.ofHours(settings.integer("bridge.health.stale-after-working-hours")),
                settings.integer("bridge.health.unhealthy-after-failed-polls"));
    }

    /** The store-side collaborators that both listings share. */
    private record Stages(CursorStore cursors, PageWriters pageWriters, SourceHealth health, PollPauses pauses,
                          SyncActivity activity, Clock clock) {
    }

    private static ListingPoll listing(Settings settings, BridgeConfig config, String source, Stages stages,
                                       String authValue) {
        String prefix = "bridge." + source + ".";
        ListingPoll.ListingLimits limits = new ListingPoll.ListingLimits(settings.integer(prefix + "page-size"),
                settings.seconds(prefix + "overlap-seconds"), settings.integer(prefix + "max-pages-per-poll"));
        PageWriter pages = stages.pageWriters().forSource(source);
        return new ListingPoll(config.profile(source), limits, stages.cursors(), pages, authValue, stages.health(),
                stages.pauses(), stages.activity(), stages.clock());
    }
}
