//! The sections of the report, one file each: what each says, from which
//! facts, with which messages. The order they appear in is `report.toml`'s
//! (see [`crate::config::SectionSpec`]), not theirs.

mod applications;
mod blocks;
mod cancer;
mod colophon;
mod ctis;
mod editorial;
mod findings;
mod front;
mod glossary;
mod guidance;
mod modifications;
mod phases;
mod safety;
mod therapy;
mod web;
