package id.laporbridge.sla.clock;

import id.laporbridge.sla.rules.Procedure;
import id.laporbridge.sla.rules.SkipRule;
import id.laporbridge.sla.rules.StepRule;
import id.laporbridge.sla.rules.Trigger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replays a complaint's events through the steps of one procedure; one instance per complaint and procedure. */
final class ProcedureRun {

    private final Procedure procedure;
    private final Deadlines deadlines;
    private final Map<String, ClockState> currentRound = new LinkedHashMap<>();
    private final Map<String, Integer> instancesUsed = new HashMap<>();
    private final List<ClockState> closed = new ArrayList<>();

    ProcedureRun(Procedure procedure, Deadlines deadlines) {
        this.procedure = procedure;
        this.deadlines = deadlines;
    }

    /** Returns every clock of this procedure after replaying {@code events}, which must be in time order. */
    List<ClockState> replay(List<TimelineEvent> events) {
        for (TimelineEvent event : events) {
            apply(event);
        }
        List<ClockState> all = new ArrayList<>(closed);
        all.addAll(currentRound.values());
        return all;
    }

    private void apply(TimelineEvent event) {
        if (matchesAny(procedure.newRoundOn(), event) && !currentRound.isEmpty()) {
            startNewRound(event.at());
        }
        for (SkipRule skip : procedure.skips()) {
            if (matchesAny(skip.on(), event)) {
                skipSteps(skip, event.at());
            }
        }
        for (StepRule step : procedure.steps()) {
            stopIfTriggered(step, event);
            if (matchesAny(step.startOn(), event)) {
                startIfAllowed(step, event.at());
            }
        }
    }

    private void startNewRound(Instant at) {
        for (ClockState state : currentRound.values()) {
            closed.add(state.isRunning() ? state.cancel(at) : state);
        }
        currentRound.clear();
    }

    private void skipSteps(SkipRule skip, Instant at) {
        for (String stepId : skip.steps()) {
            ClockState state = currentRound.get(stepId);
            if (state == null) {
                currentRound.put(stepId, ClockState.skippedUnstarted(stepId, nextInstance(stepId), at));
            } else if (state.isRunning()) {
                currentRound.put(stepId, state.end(at));
            }
        }
    }

    private void stopIfTriggered(StepRule step, TimelineEvent event) {
        ClockState state = currentRound.get(step.id());
        if (state == null || !state.isRunning()) {
            return;
        }
        if (matchesAny(step.cancelOn(), event)) {
            currentRound.put(step.id(), state.cancel(event.at()));
        } else if (matchesAny(step.endOn(), event)) {
            currentRound.put(step.id(), state.end(event.at()));
        }
    }

    private void startIfAllowed(StepRule step, Instant at) {
        ClockState state = currentRound.get(step.id());
        if (state != null && state.isRunning() && step.restartWhileRunning()) {
            closed.add(state.cancel(at));
        } else if (state != null && !state.isRunning() && step.repeat()) {
            closed.add(state);
        } else if (state != null) {
            return;
        }
        currentRound.put(step.id(), deadlines.start(step, nextInstance(step.id()), at));
    }

    private int nextInstance(String stepId) {
        int instance = instancesUsed.getOrDefault(stepId, 0);
        instancesUsed.put(stepId, instance + 1);
        return instance;
    }

    private static boolean matchesAny(List<Trigger> triggers, TimelineEvent event) {
        return triggers.stream().anyMatch(event::matches);
    }
}
