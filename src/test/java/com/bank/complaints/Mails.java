package com.bank.complaints;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reading the mails the app sent to its embedded mail server, in tests. */
public final class Mails {

    private Mails() {
    }

    public static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain addresses the mail went to. */
    public static List<String> recipients(MimeMessage mail) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients == null ? List.of()
                    : Arrays.stream(recipients).map(address -> ((InternetAddress) address).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain-text part of the mail: what the customer reads. */
    public static String text(MimeMessage mail) {
        try {
            return text((Part) mail);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    /** Subjects of the mails about this complaint (GreenMail lists mails by mailbox, not by time). */
    public static List<String> subjectsAbout(GreenMail server, String reference) {
        return Arrays.stream(server.getReceivedMessages()).map(Mails::subject).filter(subject -> subject.contains(reference))
                .toList();
    }

    /** Every address that the mails whose subject starts with {@code subjectStart} went to. */
    public static List<String> recipientsOf(GreenMail server, String subjectStart) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> subject(mail).startsWith(subjectStart))
                .flatMap(mail -> recipients(mail).stream()).toList();
    }

    public static List<MimeMessage> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> recipients(mail).contains(address)).toList();
    }
}
