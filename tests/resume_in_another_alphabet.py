"""A short résumé written in Arabic: a few lines in another alphabet, with an e-mail address the
parser reads (the LITTLE_READ warning's case, in unit and API tests alike)."""

ARABIC_RESUME = """ليونور كوستا سيلفا
مساعدة مطبخ
دبلن، أيرلندا
leonor.rtl@example.com

الخبرة
مساعدة مطبخ، مطعم الأندلس، دبلن
يناير 2024 - الآن

المهارات
النظافة، خدمة العملاء
"""
