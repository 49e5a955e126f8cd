package org.kizuna.generator;

/**
 * The demo company's onboarding plan: four required milestones, due within {@link #TARGET_DAYS} of signup, and two
 * optional ones. The day ranges are when a customer who is on schedule completes each.
 */
enum OnboardingMilestone {
    ACCOUNT_SETUP("account_setup", true, 0, 2),
    DATA_IMPORT("data_import", true, 1, 20),
    TEAM_INVITED("team_invited", true, 1, 25),
    FIRST_WORKFLOW("first_workflow", true, 3, 30),
    INTEGRATION_CONNECTED("integration_connected", false, 7, 90),
    ADMIN_TRAINING("admin_training", false, 5, 60);

    /** The product's default onboarding target, which the planted effect is built around. */
    static final int TARGET_DAYS = 30;

    private final String label;
    private final boolean required;
    private final int earliestDay;
    private final int latestDay;

    OnboardingMilestone(String label, boolean required, int earliestDay, int latestDay) {
        this.label = label;
        this.required = required;
        this.earliestDay = earliestDay;
        this.latestDay = latestDay;
    }

    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    int earliestDay() {
        return earliestDay;
    }

    int latestDay() {
        return latestDay;
    }
}
