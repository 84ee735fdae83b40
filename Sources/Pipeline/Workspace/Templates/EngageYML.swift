extension WorkspaceTemplate {
    /// The shipped engagement rules: `Mappings/engage.yml`.
    static let engageYML = """
        # Engagement rules: who is above, on or below the line today, their retention stage, and what to
        # do for them, through which channel, and why. Reference: docs/ENGAGE.md.
        # Conditions: all / any / not; { signal: NAME } (fired), { signal: NAME, within_days: N },
        # { signal: NAME, gt: X } (also ge, lt, le, eq, ne); { attribute: NAME, in: [..] | present: true |
        # gt: X }; { line: [above] }, { previous_line: [..] }, { stage: [..] }, { previous_stage: [..] }.
        # `golden engage --list-signals` lists the signals and what each measures.

        calendar: calendar.csv          # the baseline campaigns everyone in their audience gets
        offers: offers.csv              # the offer bank (bad rows are quarantined, not lost)
        response_window_days: 14        # a purchase this soon after an action counts as a response

        signals:
          frequency_window_days: 365
          default_cadence_days: 60      # for customers with fewer than 3 purchases of their own
          overdue_factor: 1.5           # overdue: no purchase for 1.5 × their own cadence
          flatline_factor: 3            # flatline: no signal at all for 3 × their own cadence
          unopened_streak: 5
          sentiment_dip: 0.4
          fervent_community_actions: 10
          community_quiet_days: 45
          spend_thresholds: [250, 500, 1000]
          near_threshold_margin: 25

        # Above / on / below the line: the first rule that holds decides. Strong negative signals come
        # first (a complaint outweighs a purchase), then the positive ones, then the weak negatives.
        line:
          rules:
            - { name: complained, line: below, when: { signal: complaint, within_days: 30 } }
            - { name: flatlined, line: below, when: { signal: flatline } }
            - { name: souring, line: below, when: { signal: sentiment_dip } }
            - { name: gone_quiet, line: below, when: { signal: community_stopped } }
            - name: returned_unreplaced
              line: below
              when: { all: [{ signal: return, within_days: 30 }, { not: { signal: purchase, within_days: 30 } }] }
            - { name: overdue, line: below, when: { signal: overdue } }
            - { name: bought_recently, line: above, when: { signal: purchase, within_days: 30 } }
            - name: engaged_recently
              line: above
              when:
                any:
                  - { signal: redemption, within_days: 30 }
                  - { signal: community_share, within_days: 30 }
                  - { signal: community_review, within_days: 30 }
                  - { signal: tier_reached, within_days: 30 }
            # Weak negatives count only when nothing positive happened lately.
            - { name: not_opening, line: below, when: { signal: unopened_streak } }
          default: on

        # Retention stage: the first rule that holds decides; rules may test today's line.
        stages:
          names: [new, active, loyal, advocate, at_risk, lapsed, won_back]
          rules:
            - name: came_back
              stage: won_back
              when: { all: [{ previous_stage: [lapsed, at_risk] }, { signal: purchase, within_days: 30 }] }
            - name: still_won_back
              stage: won_back
              when: { all: [{ previous_stage: [won_back] }, { signal: stage_days, lt: 90 }, { line: [above, on] }] }
            - { name: long_gone, stage: lapsed, when: { signal: recency_days, gt: 180 } }
            - { name: slipping, stage: at_risk, when: { line: [below] } }
            - { name: just_joined, stage: new, when: { signal: tenure_days, lt: 90 } }
            - name: champion
              stage: advocate
              when:
                all:
                  - { signal: frequency, ge: 6 }
                  - any: [{ signal: community_review, within_days: 180 }, { signal: community_share, within_days: 180 }]
            - { name: regular, stage: loyal, when: { signal: frequency, ge: 6 } }
          default: active

        # Above the line: a positive action begets the next step.
        triggers:
          - name: thank_you_cross_sell
            when: { all: [{ signal: purchase, within_days: 1 }, { line: [above] }] }
            action: { channel: email, template: cross-sell, priority: 50 }
            cooldown_days: 14
            with_offers: true
          - name: spend_a_little_more
            when: { signal: near_threshold }
            action: { channel: email, template: perk-within-reach, priority: 40 }
            cooldown_days: 30
          - name: tier_congratulations
            when: { signal: tier_reached, within_days: 7 }
            action: { channel: email, template: tier-welcome, priority: 60 }
            cooldown_days: 90
          - name: community_thanks
            when: { any: [{ signal: community_review, within_days: 7 }, { signal: community_share, within_days: 7 }] }
            action: { channel: email, template: thanks-for-sharing, priority: 30 }
            cooldown_days: 30
            with_offers: true
          - name: redeemed_follow_up
            when: { signal: redemption, within_days: 7 }
            action: { channel: email, template: next-favourite, priority: 20 }
            cooldown_days: 30
            with_offers: true

        # Below the line: cheapest effective step first; up one step when the wait passes without
        # success; capped at the last step or max_spend; reset when the customer is back above.
        ladders:
          - name: service_recovery
            when: { signal: complaint, within_days: 30 }
            success: { signal: purchase }
            max_spend: 20
            steps:
              - { name: apology, channel: email, template: sorry, cost: 0.05, wait_days: 3 }
              - { name: goodwill_coupon, channel: email, template: goodwill-10, cost: 3, wait_days: 10 }
              - { name: priority_call, channel: phone, template: service-call, cost: 12, wait_days: 14 }
          - name: win_back
            when: { line: [below] }
            success: { signal: purchase }
            max_spend: 40
            steps:
              - { name: we_miss_you, channel: email, template: we-miss-you, cost: 0.05, wait_days: 14 }
              - { name: coupon_10, channel: email, template: coupon-10, cost: 2.5, wait_days: 14 }
              - { name: free_shipping, channel: email, template: free-shipping, cost: 4, wait_days: 21 }
              - { name: replacement_product, channel: mail, template: replacement, cost: 15, wait_days: 30 }
              - { name: priority_call, channel: phone, template: priority-call, cost: 18, wait_days: 30 }

        # No baseline promotion to a customer who had a remediation step within this many days.
        suppression: { remediation_days: 14 }

        # Most actions per customer per channel per week (Monday to Sunday).
        caps: { email: 2, sms: 1, mail: 1, phone: 1 }

        # Segments by engagement level now, first match wins: how often, to what end, how many offers.
        segments:
          - name: champions
            when: { stage: [loyal, advocate] }
            treatment: { goal: keep_shopping, frequency_days: 30, channel: email, template: champions, offers: 2 }
          - name: growing
            when: { stage: [new, active, won_back] }
            treatment: { goal: shop_more_often, frequency_days: 21, channel: email, template: discover, offers: 3 }
          # Customers below the line are on a remediation ladder instead.
          - name: recovering
            when: { all: [{ stage: [at_risk, lapsed] }, { not: { line: [below] } }] }
            treatment: { goal: come_back, frequency_days: 60, channel: email, template: still-here, offers: 1 }

        # Offers are ranked per customer by what they buy, recent purchases weighing more.
        offer_ranking: { half_life_days: 90, exclude_recent_days: 30, sku_weight: 2 }

        # Where an action's channel cannot reach the customer (invalid, stale, opted out), try these.
        fallback:
          email: [sms, mail]
          sms: [email, mail]
          phone: [sms, email]
          mail: [email]

        """

    /// The shipped calendar of baseline campaigns: `Mappings/calendar.csv`.
    static let calendarCSV = """
        campaign_id,name,start,end,channel,template,audience,priority
        spring-2026,Spring sale,2026-03-20,2026-03-31,email,spring-sale,all,10
        summer-2026,Summer clearance,2026-06-25,2026-07-10,email,summer-clearance,all,10
        school-2026,Back to school,2026-08-20,2026-09-05,email,back-to-school,new|active|loyal|advocate|won_back,10
        bf-2026,Black Friday,2026-11-27,2026-11-30,email,black-friday,all,20
        holiday-2026,Holiday gifts,2026-12-10,2026-12-24,email,holiday-gifts,all,20
        newyear-2027,New year,2027-01-02,2027-01-10,email,new-year,loyal|advocate,10

        """
}

extension WorkspaceTemplate {
    /// An example offer bank, `Mappings/offers.csv`: category and SKU offers on the example
    /// feeds' catalogue, some limited by quantity or budget.
    static let offersCSV = """
        offer_id,category,sku,cost,valid_from,valid_to,quantity,budget
        OF001,GROCERY,,1.50,2024-01-01,2026-12-31,,
        OF002,HOME,,5.00,2025-01-01,2026-12-31,,2000.00
        OF003,CLOTHING,,8.00,2026-03-01,2026-08-31,500,
        OF004,ELECTRONICS,,15.00,2026-05-01,2026-09-30,100,1500.00
        OF005,BEAUTY,,4.00,2024-01-01,2026-12-31,,
        OF006,TOYS,,6.00,2026-06-01,2026-12-24,300,
        OF007,GARDEN,,5.00,2026-03-01,2026-07-31,,800.00
        OF008,FOOD & DRINK,,2.50,2024-01-01,2026-12-31,,
        OF009,HOME,,10.00,2025-11-01,2026-01-15,,
        OF010,CLOTHING,,12.00,2026-07-01,2026-08-31,200,
        OF011,,10001000,3.00,2026-01-01,2026-12-31,,
        OF012,,20001007,2.00,2026-04-01,2026-09-30,400,
        OF013,,30001014,4.50,2026-06-01,2026-07-15,,500.00
        OF014,,40001021,7.50,2025-06-01,2026-12-31,150,
        OF015,,50001028,1.00,2024-06-01,2026-12-31,,
        OF016,,60001035,6.00,2026-05-15,2026-07-31,80,
        OF017,,70001042,9.00,2026-06-15,2026-10-31,,900.00
        OF018,,20001063,2.50,2025-09-01,2026-06-30,,
        OF019,,50001084,5.50,2026-06-01,2026-12-31,250,1000.00
        OF020,,80001105,3.50,2026-02-01,2026-08-31,,

        """
}
