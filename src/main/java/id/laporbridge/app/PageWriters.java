package id.laporbridge.app;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.decide.ClientRefs;
import id.laporbridge.decide.ConversationDecisions;
import id.laporbridge.decide.SyncDecisions;
import id.laporbridge.normalize.ComplaintNormalizer;
import id.laporbridge.normalize.MatchingText;
import id.laporbridge.normalize.UnknownStatuses;
import id.laporbridge.store.ComplaintWriter;
import id.laporbridge.store.CursorStore;
import id.laporbridge.store.Database;
import id.laporbridge.store.LinkStore;
import id.laporbridge.store.OutboxStore;
import id.laporbridge.store.PageWriter;
import id.laporbridge.store.QuarantineStore;
import id.laporbridge.store.SyncState;

import java.time.Clock;

/**
 * Builds the page writer of each source: normalize with the source's profile and the status map, write, and let the
 * decide stage queue the outbox items. The bridge's polls and {@code quarantine replay} both build it here.
 */
public final class PageWriters {

    private final Settings settings;
    private final BridgeConfig config;
    private final Stores stores;
    private final SyncDecisions decisions;
    private final UnknownStatuses unknownStatuses;

    PageWriters(Settings settings, BridgeConfig config, Stores stores, SyncDecisions decisions,
                UnknownStatuses unknownStatuses) {
        this.settings = settings;
        this.config = config;
        this.stores = stores;
        this.decisions = decisions;
        this.unknownStatuses = unknownStatuses;
    }

    /** Builds the writers with their own store objects and decide stage, for a command run without the bridge. */
    public static PageWriters standalone(Settings settings, BridgeConfig config, Database database, Clock clock) {
        ClientRefs clientRefs = new ClientRefs(settings.text("bridge.client-ref-prefix"));
        LinkStore links = new LinkStore(clock);
        OutboxStore outbox = new OutboxStore(database, clock);
        ConversationDecisions conversation = new ConversationDecisions(config, clientRefs, links, new SyncState(),
                outbox);
        SyncDecisions decisions = new SyncDecisions(config, clientRefs, links, outbox, conversation);
        Stores stores = new Stores(database, new CursorStore(database, clock),
                new ComplaintWriter(clock, clientRefs::isBridge, database.columnWidths()),
                new QuarantineStore(clock, database.columnWidths()));
        return new PageWriters(settings, config, stores, decisions, new UnknownStatuses());
    }

    /** Builds the page writer of {@code source} ({@link BridgeConfig#SP4N} or {@link BridgeConfig#LAPOR_BANTUL}). */
    public PageWriter forSource(String source) {
        ComplaintNormalizer normalizer = new ComplaintNormalizer(config.profile(source), config.statusMap(),
                settings.integer("bridge.normalize.max-text-bytes"), unknownStatuses);
        return new PageWriter(stores.database(), normalizer, MatchingText::of, stores.writer(), stores.quarantine(),
                stores.cursors(), decisions);
    }

    public QuarantineStore quarantine() {
        return stores.quarantine();
    }

    /** The store objects that the writers of both sources share. */
    record Stores(Database database, CursorStore cursors, ComplaintWriter writer, QuarantineStore quarantine) {
    }
}
