//! Capacity parsing (placeholder: being written).
