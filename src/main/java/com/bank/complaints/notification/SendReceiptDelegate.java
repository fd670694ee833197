package com.bank.complaints.notification;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendReceipt: an SMTP failure is thrown, so the job retries and then raises an incident. */
@Component("sendReceiptDelegate")
class SendReceiptDelegate implements JavaDelegate {

    private final ReceiptService receipts;

    SendReceiptDelegate(ReceiptService receipts) {
        this.receipts = receipts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        receipts.sendReceipt(CaseData.of(execution).reference());
    }
}
