package com.bank.complaints.notification;

import java.util.Properties;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * One timer thread for the SMTP write time-outs of every mail connection. Given {@code mail.smtp.writetimeout} and
 * no executor, Jakarta Mail (Angus) starts a thread pool for each connection it opens and stops it when the
 * connection closes: a thread started and stopped for every mail the desk sends (timer storm: one for each of
 * 1,875 mails in 37 s). Handed this executor in {@code mail.<protocol>.executor.writetimeout}, it schedules each
 * write's time-out here instead and leaves the executor running when a connection closes.
 */
@Component
class MailWriteTimeouts implements BeanPostProcessor, DisposableBean {

    private static final String[] PROTOCOLS = {"smtp", "smtps"};

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, work -> {
        Thread thread = new Thread(work, "mail-write-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    MailWriteTimeouts() {
        // every write schedules a time-out and cancels it once written: without this the queue keeps each
        // cancelled one until its 30 s are over
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            share(sender.getJavaMailProperties());
        }
        return bean;
    }

    /** Names the shared executor for each protocol whose write time-out is set. */
    void share(Properties mail) {
        for (String protocol : PROTOCOLS) {
            if (mail.containsKey("mail." + protocol + ".writetimeout")) {
                mail.put("mail." + protocol + ".executor.writetimeout", timer);
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
