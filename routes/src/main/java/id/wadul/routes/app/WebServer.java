package id.wadul.routes.app;

import id.wadul.routes.console.learn.LearnConsole;
import id.wadul.routes.console.queue.QueueConsole;
import id.wadul.routes.console.tickets.TicketConsole;
import id.wadul.routes.desk.CallCorrectionApi;
import id.wadul.routes.desk.DeskServer;
import id.wadul.routes.desk.DeskSettings;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.health.HealthEndpoint;
import id.wadul.routes.understand.ComplaintAnalyzer;
import java.time.Clock;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The web server (not started): the call-in desk with its call corrections, and the office console's modules
 * (tickets and triage, the unit queue, learning).
 */
final class WebServer {

    private WebServer() {
    }

    /** @param wakeOutbox makes the outbox dispatcher run soon, after a console or desk action queued SMS */
    static DeskServer create(SqlSessionFactory sessions, ComplaintIntake intake, ComplaintAnalyzer analyzer,
            Messages messages, DeskSettings desk, FlowSettings flow, Clock clock, HealthEndpoint health,
            Runnable wakeOutbox) {
        return DeskServer.create(sessions, intake, analyzer, desk, flow, clock, health)
                .with(new TicketConsole(sessions, analyzer, messages, flow, clock, wakeOutbox))
                .with(new QueueConsole(sessions, analyzer.responsibilities(), messages, flow, clock, wakeOutbox))
                .with(new LearnConsole(sessions, analyzer, clock))
                .with(new CallCorrectionApi(sessions, analyzer, messages, flow, desk.callEditWindow(), clock,
                        wakeOutbox));
    }
}
