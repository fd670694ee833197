package com.bank.complaints.notification;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Finds the body of a given MIME type however deep the multiparts nest (mixed, related, alternative). */
public final class MailParts {

    private MailParts() {
    }

    public static String find(Part part, String mimeType) throws MessagingException, IOException {
        Object content = part.getContent();
        if (part.isMimeType(mimeType) && content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
