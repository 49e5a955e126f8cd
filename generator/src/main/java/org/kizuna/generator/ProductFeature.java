package org.kizuna.generator;

/**
 * The features of the demo company's product, Mirai Flow (ミライフロー), a workflow and reporting service: the event
 * each writes, how often sessions use it, how likely a customer at health 0 is to adopt it, the lowest plan that
 * includes it, and when it launched, as a share of the history (the AI assistant arrives late).
 */
enum ProductFeature {
    DASHBOARDS("dashboards", "dashboard_viewed", 5.0, 1.0, Plan.STARTER, 0),
    REPORTS("reports", "report_created", 3.0, 0.9, Plan.STARTER, 0),
    EXPORTS("exports", "report_exported", 1.5, 0.6, Plan.STARTER, 0),
    WORKFLOWS("workflows", "workflow_run", 3.0, 0.7, Plan.STARTER, 0),
    APPROVALS("approvals", "approval_submitted", 2.0, 0.55, Plan.STANDARD, 0),
    FORMS("forms", "form_submitted", 1.5, 0.5, Plan.STARTER, 0),
    COLLABORATION("collaboration", "comment_added", 2.0, 0.6, Plan.STARTER, 0),
    AUTOMATION("automation", "automation_created", 1.0, 0.4, Plan.PRO, 0),
    AI_ASSISTANT("ai_assistant", "ai_summary_generated", 1.5, 0.45, Plan.STANDARD, 0.6),
    /** Machine-to-machine syncs through the API, written apart from users' sessions. */
    INTEGRATIONS("integrations", "integration_synced", 0, 0.35, Plan.STANDARD, 0);

    private final String label;
    private final String event;
    private final double sessionWeight;
    private final double adoption;
    private final Plan lowestPlan;
    private final double launchShareOfHistory;

    ProductFeature(
            String label,
            String event,
            double sessionWeight,
            double adoption,
            Plan lowestPlan,
            double launchShareOfHistory) {
        this.label = label;
        this.event = event;
        this.sessionWeight = sessionWeight;
        this.adoption = adoption;
        this.lowestPlan = lowestPlan;
        this.launchShareOfHistory = launchShareOfHistory;
    }

    String label() {
        return label;
    }

    String event() {
        return event;
    }

    double sessionWeight() {
        return sessionWeight;
    }

    double adoption() {
        return adoption;
    }

    boolean includedIn(Plan plan) {
        return plan.compareTo(lowestPlan) >= 0;
    }

    int launchDay(CompanyCalendar calendar) {
        return calendar.firstDay()
                + (int) Math.round(launchShareOfHistory * (calendar.lastDay() - calendar.firstDay()));
    }
}
