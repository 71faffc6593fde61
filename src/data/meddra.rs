//! The 27 system organ classes (SOCs) of MedDRA, by which the therapy areas
//! are counted (Table 3): each with the short key the data and the locales
//! use (`soc-<key>` is its name in every language) and its English name, as
//! MedDRA publishes it and as Table 3 prints it in every language.
//!
//! A year file names an area by either: `soc = "infections"` or
//! `soc = "Infections and infestations"`. Every shipped language has every
//! SOC, so a staff member never invents a key and no translator is asked for
//! a new name when a new area enters the top ten.

/// (key, MedDRA's English name), in MedDRA's alphabetical order.
pub const SOCS: [(&str, &str); 27] = [
    ("blood", "Blood and lymphatic system disorders"),
    ("cardiac", "Cardiac disorders"),
    ("congenital", "Congenital, familial and genetic disorders"),
    ("ear", "Ear and labyrinth disorders"),
    ("endocrine", "Endocrine disorders"),
    ("eye", "Eye disorders"),
    ("gastrointestinal", "Gastrointestinal disorders"),
    (
        "general",
        "General disorders and administration site conditions",
    ),
    ("hepatobiliary", "Hepatobiliary disorders"),
    ("immune-system", "Immune system disorders"),
    ("infections", "Infections and infestations"),
    ("injury", "Injury, poisoning and procedural complications"),
    ("investigations", "Investigations"),
    ("metabolism", "Metabolism and nutrition disorders"),
    (
        "musculoskeletal",
        "Musculoskeletal and connective tissue disorders",
    ),
    (
        "neoplasms",
        "Neoplasms benign, malignant and unspecified (incl cysts and polyps)",
    ),
    ("nervous-system", "Nervous system disorders"),
    (
        "pregnancy",
        "Pregnancy, puerperium and perinatal conditions",
    ),
    ("product-issues", "Product issues"),
    ("psychiatric", "Psychiatric disorders"),
    ("renal", "Renal and urinary disorders"),
    ("reproductive", "Reproductive system and breast disorders"),
    (
        "respiratory",
        "Respiratory, thoracic and mediastinal disorders",
    ),
    ("skin", "Skin and subcutaneous tissue disorders"),
    ("social", "Social circumstances"),
    ("surgical", "Surgical and medical procedures"),
    ("vascular", "Vascular disorders"),
];

/// The key of a SOC named by its key or by its English name (case and
/// runs of spaces aside): `"Infections and infestations"` → `infections`.
/// Anything else is returned as written, for the check of the keys to name.
pub fn soc_key(written: &str) -> String {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let want = norm(written);
    SOCS.iter()
        .find(|(key, name)| *key == want || norm(name) == want)
        .map_or_else(|| written.to_string(), |(key, _)| key.to_string())
}

/// Deserialises a SOC as its key ([`soc_key`]).
pub(crate) fn de_soc<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    Ok(soc_key(&s))
}

/// As [`de_soc`], for an optional one.
pub(crate) fn de_soc_opt<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<String>, D::Error> {
    let s = <Option<String> as serde::Deserialize>::deserialize(d)?;
    Ok(s.map(|s| soc_key(&s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_soc_by_key_or_by_name() {
        assert_eq!(soc_key("infections"), "infections");
        assert_eq!(soc_key("Infections and infestations"), "infections");
        assert_eq!(soc_key("immune  system DISORDERS"), "immune-system");
        assert_eq!(
            soc_key("Neoplasms benign, malignant and unspecified (incl cysts and polyps)"),
            "neoplasms"
        );
        assert_eq!(soc_key("bloood"), "bloood");
        let keys: std::collections::BTreeSet<&str> = SOCS.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys.len(), 27);
    }
}
