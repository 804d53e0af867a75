"""Public pages that show figures of the 2021–2025 commune set (keys as in the reference)."""

S7 = (
    "http://ccptnt.vn/quyet-dinh-1680-qd-bnn-vpdp-ngay-11-05-2022-huong-dan-thuc-hien-mot-so-"
    "tieu-chi-chi-tieu-thuoc-bo-tieu-chi-quoc-gia.html"
)
S12 = (
    "http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news&page=291&q=Th%E1%BB%B1c+"
    "h%C3%A0nh+kh%C3%A1m+ch%E1%BB%AFa+b%E1%BB%87nh"
)
U1 = "https://chatluongvacuocsong.vn/ban-hanh-bo-chi-tieu-giao-duc-trong-xay-dung-nong-thon-moi-d95868.html"
U2 = "https://www.thepeoplespig.com/thoi-su/202209/thi-cong-xay-dung-truong-hoc-dat-chuan-quoc-gia-3136013"
U3 = (
    "https://luatvietnam.vn/giao-duc/quyet-dinh-1491-qd-bgddt-2022-chi-tieu-cac-linh-vuc-giao-"
    "duc-va-dao-tao-cua-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-222156-d1.html"
)
U4 = (
    "http://svhttdl.thanhhoa.gov.vn/gia-dinh-van-hoa-co-so/huong-dan-thuc-hien-cac-tieu-chi-"
    "trong-xay-dung-nong-thon-moi-giai-doan-2021-2025-1005491"
)
U5 = (
    "https://ttkhuyencong.bacgiang.gov.vn/tin-tuc/huong-dan-thuc-hien-cac-tieu-chi-chi-tieu-"
    "thuoc-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-cac"
)
U6 = (
    "https://news.laodong.vn/xa-hoi/xa-nong-thon-moi-nang-cao-ca-mau-gap-kho-ti-le-bhyt-1399396.ldo"
)
U9 = "https://baovinhlong.com.vn/xa-hoi/202506/tren-97-can-nha-kien-co-va-ban-kien-co-7d004cf"
U13 = "https://snv.hanam.gov.vn/Pages/huong-dan-xac-dinh-ve-xa-dat-tieu-chuan-an-toan-ve-an-ninh-trat-tu.aspx"
