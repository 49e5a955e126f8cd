package org.kizuna.store.survey;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an invitation run did.
 *
 * @param invited the invitations made and delivered, in customer and user order
 * @param skipped who was chosen but not invited
 * @param outbox the folder the emails were written to, when there is no SMTP server and some were written
 */
public record InvitationBatch(List<Invitation> invited, List<Skipped> skipped, Optional<Path> outbox) {

    public InvitationBatch {
        invited = List.copyOf(invited);
        skipped = List.copyOf(skipped);
    }

    public long count(Invitation.Delivery delivery) {
        return invited.stream().filter(i -> i.delivery() == delivery).count();
    }
}
