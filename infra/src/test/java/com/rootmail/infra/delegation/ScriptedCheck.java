package com.rootmail.infra.delegation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A fake parent zone: answers with the given statuses in turn, the last one forever, and records each question. */
final class ScriptedCheck implements DelegationCheck {

    record Question(String domain, List<String> expected) {}

    private final Deque<DelegationStatus> script;
    private final List<Question> questions = Collections.synchronizedList(new ArrayList<>());

    ScriptedCheck(DelegationStatus... statuses) {
        this.script = new ArrayDeque<>(List.of(statuses));
    }

    @Override
    public synchronized DelegationReport check(String domain, Collection<String> expected) {
        questions.add(new Question(domain, List.copyOf(expected)));
        return reportWith(domain, expected, script.size() > 1 ? script.poll() : script.peek());
    }

    List<Question> questions() {
        synchronized (questions) {
            return List.copyOf(questions);
        }
    }

    static DelegationReport reportWith(String domain, Collection<String> expected, DelegationStatus status) {
        ParentServer one = ParentServer.parse("127.0.0.1:5301");
        ParentServer two = ParentServer.parse("127.0.0.1:5302");
        List<ServerResult> servers = switch (status) {
            case LIVE -> List.of(new ServerResult(one, status, Set.copyOf(expected), "referral over UDP"));
            case MISSING -> List.of(new ServerResult(one, status, Set.of(), "NXDOMAIN over UDP"));
            case MISMATCH -> List.of(new ServerResult(one, status, Set.of("ns-9.old.net"), "referral over UDP"));
            case PARTIAL -> List.of(new ServerResult(one, DelegationStatus.LIVE, Set.copyOf(expected), "referral over UDP"),
                    new ServerResult(two, DelegationStatus.MISSING, Set.of(), "NXDOMAIN over UDP"));
            case UNREACHABLE -> List.of(new ServerResult(one, status, Set.of(), "no answer within 3000 ms"));
        };
        return new DelegationReport(domain, Set.copyOf(expected), Optional.of("mycompany.test"), servers, Optional.empty());
    }
}
