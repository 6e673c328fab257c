//! Disclosure control: the one place that decides which figures a company may see.
//!
//! A company learns how many of its migrant workers report which risks, per business site and
//! per supply chain, and must never be able to learn what one worker answered. The rules:
//!
//! 1. **Threshold.** No figure is shown about a group of fewer than [`MIN_GROUP`] respondents
//!    (the program may raise the threshold, never lower it). A suppressed site still counts in its
//!    parent's figures: it is rolled up.
//! 2. **Complementary suppression.** A parent whose respondents, minus those of its visible
//!    children, leave between 1 and threshold − 1 respondents would reveal the suppressed children
//!    by subtraction; it is suppressed too, and its own parent is checked again.
//! 3. **Differencing across groups and dates.** Every group ever published is kept in a registry
//!    with the set of responses behind it. A new group G is published only if, for every
//!    published group H that shares a response with it, G∖H and H∖G are each empty or hold at
//!    least the threshold. So a site inside a published chain is fine when the rest of the chain
//!    has enough respondents, and a new date is fine when enough responses are new. Groups are
//!    considered largest first, so the widest view (the company) is the one that survives.
//! 4. **Bands.** In a published group of n, a count k of flagged respondents with k < 3 is shown
//!    as "fewer than 3", and with n − k < 3 as "almost all": a company can never learn that
//!    exactly one, none or every worker said yes.
//! 5. **Dominance.** A figure about money or hours (fees paid, overtime) is suppressed where the
//!    two largest answers make up 85 % or more of the total, or fewer than 3 respondents gave a
//!    non-zero answer.
//! 6. **No free text.** Nothing a worker wrote in their own words is ever part of a group's
//!    figures; only flags, indicators and numbers enter here.
//!
//! What the pairwise registry check does not cover: a difference built from three or more
//! published groups at once (G − H1 − H2). Rule 2 covers the case that matters most — a parent
//! and all its visible children — and the threshold keeps every published group itself large.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

/// The smallest group any figure may be about.
pub const MIN_GROUP: usize = 10;
/// Counts below this, or this close to the group size, are shown as bands.
pub const BAND: u64 = 3;
/// Share of a money or hours total held by the two largest answers at which it is suppressed.
pub const DOMINANCE: f64 = 0.85;

/// The program's rules: a threshold of at least [`MIN_GROUP`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    threshold: usize,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { threshold: MIN_GROUP }
    }
}

impl Rules {
    /// `None` when asked to go below [`MIN_GROUP`]: the threshold only goes up.
    pub fn with_threshold(threshold: usize) -> Option<Self> {
        (threshold >= MIN_GROUP).then_some(Rules { threshold })
    }

    pub fn threshold(&self) -> usize {
        self.threshold
    }

    /// A difference of `d` responses is safe when it is nothing or at least the threshold.
    fn safe_difference(&self, d: usize) -> bool {
        d == 0 || d >= self.threshold
    }
}

/// Why a group or a figure is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Fewer respondents than the threshold.
    SmallGroup,
    /// It would reveal a suppressed child by subtraction.
    Complementary,
    /// Its difference with an already published group is too small.
    Differencing,
    /// Two answers make up most of the total.
    Dominance,
    /// Too few non-zero answers.
    FewContributors,
}

impl Reason {
    pub fn as_str(&self) -> &'static str {
        match self {
            Reason::SmallGroup => "small-group",
            Reason::Complementary => "complementary",
            Reason::Differencing => "differencing",
            Reason::Dominance => "dominance",
            Reason::FewContributors => "few-contributors",
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            Reason::SmallGroup => "companies-reason-small-group",
            Reason::Complementary => "companies-reason-complementary",
            Reason::Differencing => "companies-reason-differencing",
            Reason::Dominance => "companies-reason-dominance",
            Reason::FewContributors => "companies-reason-few-contributors",
        }
    }
}

/// One figure as a company sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "shown", rename_all = "kebab-case")]
pub enum Figure {
    Exact {
        value: u64,
    },
    /// Between 0 and `BAND - 1`.
    FewerThan {
        limit: u64,
    },
    /// Within `BAND - 1` of the group size.
    AlmostAll,
    /// A mean of money or hours, with how many answered.
    Mean {
        value: f64,
        answered: u64,
    },
    Suppressed {
        reason: Reason,
    },
}

impl Figure {
    /// A number for sorting and charts: the exact value, or the band's midpoint, or 0.
    pub fn sort_value(&self, group_size: u64) -> f64 {
        match self {
            Figure::Exact { value } => *value as f64,
            Figure::FewerThan { limit } => (*limit as f64 - 1.0) / 2.0,
            Figure::AlmostAll => group_size as f64 - 1.0,
            Figure::Mean { value, .. } => *value,
            Figure::Suppressed { .. } => 0.0,
        }
    }
}

/// Rule 4: the count `k` of flagged respondents in a published group of `n`.
pub fn count(n: u64, k: u64) -> Figure {
    if k < BAND {
        Figure::FewerThan { limit: BAND }
    } else if n.saturating_sub(k) < BAND {
        Figure::AlmostAll
    } else {
        Figure::Exact { value: k }
    }
}

/// A count of events that has no group size (grievance cases): only the low band applies.
pub fn event_count(k: u64) -> Figure {
    if k < BAND {
        Figure::FewerThan { limit: BAND }
    } else {
        Figure::Exact { value: k }
    }
}

/// Rule 5: the mean of money or hours answers (`values`, one per respondent who answered).
pub fn amount(values: &[f64]) -> Figure {
    let nonzero: Vec<f64> = values.iter().copied().filter(|v| *v > 0.0).collect();
    if (nonzero.len() as u64) < BAND {
        return Figure::Suppressed { reason: Reason::FewContributors };
    }
    let total: f64 = nonzero.iter().sum();
    let mut sorted = nonzero.clone();
    sorted.sort_by(|a, b| b.total_cmp(a));
    if sorted[0] + sorted[1] >= DOMINANCE * total {
        return Figure::Suppressed { reason: Reason::Dominance };
    }
    let mean = total / values.len() as f64;
    Figure::Mean { value: (mean * 10.0).round() / 10.0, answered: values.len() as u64 }
}

/// A group that has been published: its key (for the record) and the responses behind it.
#[derive(Debug, Clone)]
pub struct Published {
    pub key: String,
    pub responses: Vec<i64>,
}

/// Every group ever published, indexed by response, for rule 3.
#[derive(Default)]
pub struct Registry {
    groups: Vec<Published>,
    by_response: HashMap<i64, Vec<usize>>,
}

impl Registry {
    pub fn new(groups: impl IntoIterator<Item = Published>) -> Self {
        let mut r = Registry::default();
        for g in groups {
            r.add(g);
        }
        r
    }

    pub fn add(&mut self, group: Published) {
        let index = self.groups.len();
        for id in &group.responses {
            self.by_response.entry(*id).or_default().push(index);
        }
        self.groups.push(group);
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The first published group whose difference with `responses` would be too small.
    pub fn conflict(&self, rules: &Rules, responses: &BTreeSet<i64>) -> Option<&Published> {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for id in responses {
            for g in self.by_response.get(id).into_iter().flatten() {
                *shared.entry(*g).or_default() += 1;
            }
        }
        let mut overlapping: Vec<(usize, usize)> = shared.into_iter().collect();
        overlapping.sort();
        overlapping.into_iter().find_map(|(g, common)| {
            let h = &self.groups[g];
            let only_new = responses.len() - common;
            let only_old = h.responses.len() - common;
            (!rules.safe_difference(only_new) || !rules.safe_difference(only_old)).then_some(h)
        })
    }
}

/// A node of a supply chain as the planner sees it: its place in the tree and the responses
/// given at it directly (a site's own respondents; a supplier or a group usually has none).
#[derive(Debug, Clone)]
pub struct Node {
    pub id: i64,
    pub parent: Option<i64>,
    pub responses: Vec<i64>,
}

/// The decision about one group: the node (`None`: the whole company), its responses, and
/// whether it may be published.
#[derive(Debug, Clone)]
pub struct Decision {
    /// The group's name in the registry (`<prefix>/company` or `<prefix>/node:<id>`).
    pub key: String,
    pub node: Option<i64>,
    pub responses: BTreeSet<i64>,
    pub suppressed: Option<Reason>,
}

/// Rules 1–3 for one company's tree: which of the company, each subtree and each node may be
/// published, given the `registry` of groups published before. Accepted groups are added to the
/// registry, so later plans (other companies, later dates) are checked against them.
pub fn plan(rules: &Rules, nodes: &[Node], registry: &mut Registry, key_prefix: &str) -> Vec<Decision> {
    let children: BTreeMap<Option<i64>, Vec<i64>> = {
        let known: BTreeSet<i64> = nodes.iter().map(|n| n.id).collect();
        let mut m: BTreeMap<Option<i64>, Vec<i64>> = BTreeMap::new();
        for n in nodes {
            // A parent outside this tree makes the node a top-level one.
            let parent = n.parent.filter(|p| known.contains(p));
            m.entry(parent).or_default().push(n.id);
        }
        m
    };
    let direct: HashMap<i64, &Vec<i64>> = nodes.iter().map(|n| (n.id, &n.responses)).collect();

    // Each subtree's responses, the company (None) being the root of everything.
    fn collect(
        at: Option<i64>,
        children: &BTreeMap<Option<i64>, Vec<i64>>,
        direct: &HashMap<i64, &Vec<i64>>,
        out: &mut BTreeMap<Option<i64>, BTreeSet<i64>>,
    ) -> BTreeSet<i64> {
        let mut set: BTreeSet<i64> =
            at.and_then(|id| direct.get(&id)).into_iter().flat_map(|v| v.iter().copied()).collect();
        for child in children.get(&at).into_iter().flatten() {
            set.extend(collect(Some(*child), children, direct, out));
        }
        out.insert(at, set.clone());
        set
    }
    let mut sets = BTreeMap::new();
    collect(None, &children, &direct, &mut sets);

    // Rule 1.
    let mut suppressed: BTreeMap<Option<i64>, Reason> = sets
        .iter()
        .filter(|(_, s)| !s.is_empty() && s.len() < rules.threshold)
        .map(|(k, _)| (*k, Reason::SmallGroup))
        .collect();

    // Rule 2, children before parents: whether a parent reveals a child depends on which of its
    // children are shown, and a parent's suppression never changes what its children may show.
    let mut depth: BTreeMap<Option<i64>, usize> = BTreeMap::from([(None, 0)]);
    let mut frontier = vec![None];
    while let Some(at) = frontier.pop() {
        for child in children.get(&at).into_iter().flatten() {
            depth.insert(Some(*child), depth[&at] + 1);
            frontier.push(Some(*child));
        }
    }
    let mut bottom_up: Vec<Option<i64>> = sets.keys().copied().collect();
    bottom_up.sort_by_key(|n| std::cmp::Reverse(depth.get(n).copied().unwrap_or(0)));
    {
        for node in &bottom_up {
            let set = &sets[node];
            if suppressed.contains_key(node) || set.is_empty() {
                continue;
            }
            let mut residual = set.clone();
            for child in children.get(node).into_iter().flatten() {
                if !suppressed.contains_key(&Some(*child)) {
                    for id in &sets[&Some(*child)] {
                        residual.remove(id);
                    }
                }
            }
            if !residual.is_empty() && residual.len() < rules.threshold {
                suppressed.insert(*node, Reason::Complementary);
            }
        }
    }

    let key_of = |node: Option<i64>| match node {
        Some(id) => format!("{key_prefix}/node:{id}"),
        None => format!("{key_prefix}/company"),
    };
    // Rule 3, largest group first.
    let mut order: Vec<Option<i64>> = sets.keys().copied().collect();
    order.sort_by(|a, b| sets[b].len().cmp(&sets[a].len()).then(a.cmp(b)));
    for node in order {
        if suppressed.contains_key(&node) || sets[&node].is_empty() {
            continue;
        }
        if registry.conflict(rules, &sets[&node]).is_some() {
            suppressed.insert(node, Reason::Differencing);
            continue;
        }
        registry.add(Published { key: key_of(node), responses: sets[&node].iter().copied().collect() });
    }

    sets.into_iter()
        .map(|(node, responses)| Decision {
            key: key_of(node),
            node,
            suppressed: suppressed.get(&node).copied(),
            responses,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(range: std::ops::Range<i64>) -> Vec<i64> {
        range.collect()
    }

    fn decision(plan: &[Decision], node: Option<i64>) -> &Decision {
        plan.iter().find(|d| d.node == node).unwrap()
    }

    #[test]
    fn the_threshold_only_goes_up() {
        assert!(Rules::with_threshold(9).is_none());
        assert_eq!(Rules::with_threshold(12).unwrap().threshold(), 12);
        assert_eq!(Rules::default().threshold(), MIN_GROUP);
    }

    #[test]
    fn counts_near_zero_or_near_the_group_size_are_bands() {
        assert_eq!(count(20, 0), Figure::FewerThan { limit: 3 });
        assert_eq!(count(20, 1), Figure::FewerThan { limit: 3 });
        assert_eq!(count(20, 2), Figure::FewerThan { limit: 3 });
        assert_eq!(count(20, 3), Figure::Exact { value: 3 });
        assert_eq!(count(20, 17), Figure::Exact { value: 17 });
        assert_eq!(count(20, 18), Figure::AlmostAll);
        assert_eq!(count(20, 20), Figure::AlmostAll);
        assert_eq!(count(10, 10), Figure::AlmostAll);
        assert_eq!(count(10, 1), Figure::FewerThan { limit: 3 });
    }

    #[test]
    fn money_dominated_by_two_answers_is_suppressed() {
        // Two workers paid 900,000 yen each, eight paid 10,000: the two hold 95 % of the total.
        let mut fees = vec![900_000.0, 900_000.0];
        fees.extend([10_000.0; 8]);
        assert_eq!(amount(&fees), Figure::Suppressed { reason: Reason::Dominance });
        let spread = [
            300_000.0, 250_000.0, 280_000.0, 310_000.0, 0.0, 290_000.0, 260_000.0, 0.0, 270_000.0, 240_000.0,
        ];
        assert_eq!(amount(&spread), Figure::Mean { value: 220_000.0, answered: 10 });
        // Only two paid anything: the mean would tell each of them their colleague's amount.
        let two = [100_000.0, 120_000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
        assert_eq!(amount(&two), Figure::Suppressed { reason: Reason::FewContributors });
    }

    #[test]
    fn small_sites_roll_up_and_a_parent_that_would_reveal_one_is_suppressed() {
        let rules = Rules::default();
        // Company ─ supplier 1 ─┬ site 2 (12 responses)
        //                       └ site 3 (4 responses)
        //         └ site 4 (15 responses)
        let nodes = vec![
            Node { id: 1, parent: None, responses: vec![] },
            Node { id: 2, parent: Some(1), responses: ids(0..12) },
            Node { id: 3, parent: Some(1), responses: ids(100..104) },
            Node { id: 4, parent: None, responses: ids(200..215) },
        ];
        let mut registry = Registry::default();
        let plan = plan(&rules, &nodes, &mut registry, "t");
        assert_eq!(decision(&plan, Some(3)).suppressed, Some(Reason::SmallGroup));
        assert_eq!(decision(&plan, Some(2)).suppressed, None);
        // Supplier 1 (16) minus site 2 (12) would be site 3 (4).
        assert_eq!(decision(&plan, Some(1)).suppressed, Some(Reason::Complementary));
        // The company (31) minus site 4 (15) and nothing else visible = 16: safe.
        assert_eq!(decision(&plan, None).suppressed, None);
        assert_eq!(decision(&plan, None).responses.len(), 31, "site 3 is rolled up into the company");
        assert_eq!(registry.len(), 3);
    }

    #[test]
    fn a_new_date_needs_enough_new_responses() {
        let rules = Rules::default();
        let mut registry = Registry::default();
        let first = vec![Node { id: 1, parent: None, responses: ids(0..10) }];
        let p1 = plan(&rules, &first, &mut registry, "d1");
        assert_eq!(decision(&p1, Some(1)).suppressed, None);
        // The company group of date 1 is the same set: identical groups are fine.
        let second = vec![Node { id: 1, parent: None, responses: ids(0..11) }];
        let p2 = plan(&rules, &second, &mut registry, "d2");
        assert_eq!(decision(&p2, Some(1)).suppressed, Some(Reason::Differencing));
        assert_eq!(decision(&p2, None).suppressed, Some(Reason::Differencing));
        let third = vec![Node { id: 1, parent: None, responses: ids(0..20) }];
        let p3 = plan(&rules, &third, &mut registry, "d3");
        assert_eq!(decision(&p3, Some(1)).suppressed, None, "ten new responses");
    }
}
