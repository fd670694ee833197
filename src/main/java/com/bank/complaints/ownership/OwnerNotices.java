package com.bank.complaints.ownership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.customer.CustomerReplied;
import com.bank.complaints.notification.StaffNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-INTAKE-5: the case's owner is told of every customer reply (the first contact until a hand-over, then the new
 * owner), and a new owner of the hand-over itself. A mail that cannot go out is recorded as failed in the outbox;
 * the customer's answer and the hand-over stand.
 */
@Component
class OwnerNotices {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerNotices.class);

    private final CaseOwnership ownership;
    private final StaffNotices notices;

    OwnerNotices(CaseOwnership ownership, StaffNotices notices) {
        this.ownership = ownership;
        this.notices = notices;
    }

    @EventListener
    void customerReplied(CustomerReplied reply) {
        ownership.owner(reply.reference()).ifPresent(owner -> {
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("The customer / 客户", reply.reply().words());
            lines.put("Owner / 负责人", owner);
            send(reply.reference(), "REPLY-" + reply.at().toEpochMilli(), owner,
                    "Customer replied: " + reply.reference() + " / 客户已回复", lines);
        });
    }

    void newOwner(String reference, CaseOwnership.Handover handover) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("From / 移交人", handover.from());
        lines.put("Recorded by / 记录人", handover.by());
        lines.put("Note / 移交说明", handover.note());
        send(reference, "HANDOVER-" + handover.at().toEpochMilli(), handover.to(),
                "You now own complaint " + reference + " / 您已接手该投诉", lines);
    }

    private void send(String reference, String kind, String user, String subject, Map<String, String> lines) {
        try {
            notices.send(reference, kind, List.of(user), List.of(), subject, lines);
        } catch (RuntimeException failed) {
            LOG.warn("Could not tell {} about {} ({}): {}", user, reference, kind, failed.getMessage());
        }
    }
}
