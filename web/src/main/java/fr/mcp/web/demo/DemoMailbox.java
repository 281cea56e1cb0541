package fr.mcp.web.demo;

import fr.mcp.demo.DemoMail;
import fr.mcp.demo.DemoMailServer;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The demo mailbox page: every mail the demo SMTP server captured. */
@Named
@RequestScoped
public class DemoMailbox {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Texts.FRENCH);

    @Inject
    private DemoMailServer mailServer;

    private List<DemoMail> mails;

    public boolean isCapturing() {
        return mailServer.isRunning();
    }

    public List<DemoMail> getMails() {
        if (mails == null) {
            mails = mailServer.mails();
        }
        return mails;
    }

    public String received(DemoMail mail) {
        return RECEIVED.format(mail.receivedAt().atZone(BusinessTime.zone()));
    }
}
