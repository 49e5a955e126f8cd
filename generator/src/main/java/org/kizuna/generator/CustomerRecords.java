package org.kizuna.generator;

import org.kizuna.domain.contract.DataContract;
import org.kizuna.generator.CustomerLife.SubscriptionTerm;
import org.kizuna.generator.CustomerProfile.AcquisitionChannel;
import org.kizuna.generator.ReferrerSearch.Referral;

/**
 * Writes every row of one customer, across all per-customer tables, from its life. The customer row shows the
 * latest contract's plan and seats; {@code churned_at} stays empty because churn follows from the subscriptions.
 */
final class CustomerRecords {

    private final TableFile customers;
    private final CompanyCalendar calendar;
    private final TimeText time;
    private final long seed;
    private final BillingRecords billing;
    private final UsageRecords usage;
    private final FeedbackRecords feedback;
    private final SupportRecords support;
    private final AdvocacyRecords advocacy;

    CustomerRecords(TableFiles files, TimeText time, CompanyCalendar calendar, long seed) {
        this.customers = files.of(DataContract.CUSTOMERS);
        this.calendar = calendar;
        this.time = time;
        this.seed = seed;
        this.feedback = new FeedbackRecords(files, time, calendar);
        this.billing = new BillingRecords(files, time, calendar, feedback);
        this.usage = new UsageRecords(files, time, calendar);
        this.support = new SupportRecords(files, time, calendar, feedback);
        this.advocacy = new AdvocacyRecords(files, time, calendar);
    }

    /**
     * @param acquiredBy the referral that brought the customer in, or null
     * @return the acquisition channel written, which falls back to organic for a referral nobody could have made
     */
    AcquisitionChannel write(CustomerLife life, Referral acquiredBy) {
        CustomerProfile profile = life.profile();
        AcquisitionChannel channel = profile.acquisitionChannel() == AcquisitionChannel.REFERRAL && acquiredBy == null
                ? AcquisitionChannel.ORGANIC
                : profile.acquisitionChannel();
        SubscriptionTerm latest = life.terms().get(life.terms().size() - 1);
        customers.row(
                profile.id(),
                profile.name(),
                time.date(profile.signupDay()),
                "",
                latest.plan().label(),
                profile.region(),
                profile.country(),
                profile.language(),
                profile.industry().label(),
                profile.companySize(),
                channel.label(),
                profile.ageBand(),
                profile.gender(),
                acquiredBy == null ? "" : acquiredBy.referrerId(),
                Integer.toString(latest.seats()),
                profile.csm());
        CustomerContext customer =
                new CustomerContext(life, Draws.forCustomer(seed, profile.index(), Draws.Purpose.RECORDS));
        billing.write(customer);
        usage.write(customer);
        feedback.writeRelationshipNps(customer);
        feedback.writeAdvocacySurveys(customer);
        support.write(customer);
        advocacy.write(customer, acquiredBy);
        return channel;
    }
}
